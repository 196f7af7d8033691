/**
 * The one place the app talks HTTP to the gateway. It holds the CSRF token in
 * memory only (never in storage or a readable cookie), sends it on every
 * `/api/*` call and every state-changing `/auth/*` call, relies on the
 * HttpOnly session cookie for identity, and turns every failure into an
 * ApiError carrying an RFC 9457 problem. A 401 anywhere means the session is
 * gone: the token is dropped and the listeners are told, so the app can
 * return to the sign-in page.
 */
import { ApiError, networkProblem, parseProblem } from './problem';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface HttpClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  setCsrfToken(token: string | null): void;
  hasCsrfToken(): boolean;
  /** Registers a listener for lost sessions; returns its removal. */
  onUnauthorized(listener: () => void): () => void;
}

function needsCsrfToken(path: string, method: string): boolean {
  return path.startsWith('/api/') || method !== 'GET';
}

function invalidResponse(status: number): ApiError {
  const problem = parseProblem(status, null, '');
  return new ApiError({
    ...problem,
    code: 'invalid_response',
    detail: 'The gateway answered with data the app could not read. Try again.',
  });
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;

  const body = await response.text();
  if (body === '') return undefined as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    throw invalidResponse(response.status);
  }
}

export function createHttpClient(fetchFn: FetchLike): HttpClient {
  let csrfToken: string | null = null;
  const listeners = new Set<() => void>();

  function sessionLost(): void {
    csrfToken = null;
    for (const listener of [...listeners]) listener();
  }

  async function send(path: string, options: RequestOptions): Promise<Response> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    if (needsCsrfToken(path, method) && csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';

    try {
      return await fetchFn(path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(networkProblem());
    }
  }

  return {
    async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
      const response = await send(path, options);
      if (response.ok) return readBody<T>(response);

      const problem = parseProblem(
        response.status,
        response.headers.get('Content-Type'),
        await response.text().catch(() => ''),
      );
      if (response.status === 401) sessionLost();
      throw new ApiError(problem);
    },

    setCsrfToken(token: string | null): void {
      csrfToken = token;
    },

    hasCsrfToken(): boolean {
      return csrfToken !== null;
    },

    onUnauthorized(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
