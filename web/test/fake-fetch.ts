/**
 * A stand-in for `fetch` that records every call and answers from a queue,
 * so the API client can be tested in Node without a server.
 */
import type { FetchLike } from '../src/api/http-client';

export interface RecordedCall {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly credentials: RequestCredentials | undefined;
}

type Answer = Response | Error;

export interface FakeFetch {
  readonly fetch: FetchLike;
  readonly calls: RecordedCall[];
  answer(...answers: Answer[]): void;
}

export function jsonResponse(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problemResponse(status: number, body: Record<string, unknown>) {
  return jsonResponse(status, body, 'application/problem+json');
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function createFakeFetch(): FakeFetch {
  const calls: RecordedCall[] = [];
  const queue: Answer[] = [];

  const fetch: FetchLike = async (url, init) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    });

    const next = queue.shift();
    if (next === undefined) throw new Error(`no answer queued for ${url}`);
    if (next instanceof Error) throw next;
    return next;
  };

  return {
    fetch,
    calls,
    answer(...answers) {
      queue.push(...answers);
    },
  };
}
