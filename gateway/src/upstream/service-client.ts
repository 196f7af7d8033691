/**
 * Pipeline stage 11: calls a backend service. One keep-alive connection pool
 * per service (undici). Each call carries a freshly signed identity
 * assertion for that service and the request id; nothing the browser sent
 * (cookies, `Authorization`, provider tokens) is ever forwarded. Transport
 * failures become catalogue errors naming the service; the cause is kept
 * for the log only.
 */
import { Pool, errors as undiciErrors } from 'undici';

import type { ServiceName } from '../config/schema.js';
import { ERROR_CATALOGUE, isErrorCode } from '../errors/catalogue.js';
import { GatewayError } from '../errors/gateway-error.js';
import type { AssertionSigner, AssertionSubject } from '../identity/assertion-signer.js';

export interface ServiceCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly subject: AssertionSubject;
  readonly requestId: string;
  readonly body?: unknown;
  readonly query?: Record<string, string | number | undefined>;
}

export interface ServiceResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

interface UpstreamProblem {
  code?: unknown;
  detail?: unknown;
}

function withQuery(path: string, query: ServiceCall['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError
  );
}

export class ServiceClient {
  readonly #pools = new Map<ServiceName, Pool>();
  readonly #signer: AssertionSigner;
  readonly #timeoutMs: number;

  constructor(urls: Record<ServiceName, string>, signer: AssertionSigner, timeoutMs: number) {
    for (const [name, url] of Object.entries(urls) as [ServiceName, string][]) {
      this.#pools.set(name, new Pool(url, { connections: 64, connectTimeout: timeoutMs }));
    }
    this.#signer = signer;
    this.#timeoutMs = timeoutMs;
  }

  async call<T>(service: ServiceName, call: ServiceCall): Promise<ServiceResponse<T>> {
    const pool = this.#pools.get(service) as Pool;
    const assertion = await this.#signer.sign(call.subject, service);
    const headers: Record<string, string> = {
      authorization: `Bearer ${assertion}`,
      accept: 'application/json',
      'x-request-id': call.requestId,
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';

    try {
      const response = await pool.request({
        method: call.method,
        path: withQuery(call.path, call.query),
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      });
      const text = await response.body.text();
      return { status: response.statusCode, body: parseBody<T>(service, text) };
    } catch (cause) {
      if (cause instanceof GatewayError) throw cause;
      if (isTimeout(cause)) {
        throw new GatewayError(
          'upstream_timeout',
          `the ${service} service did not answer in time`,
          {
            cause,
            extensions: { service },
          },
        );
      }
      throw new GatewayError('upstream_unavailable', `the ${service} service is unavailable`, {
        cause,
        extensions: { service },
      });
    }
  }

  /**
   * Calls and returns the body of a 2xx answer. A 4xx problem from the
   * service keeps its catalogue code (when the gateway knows it) and its
   * detail, which services write for end users; anything else is a 502.
   */
  async json<T>(service: ServiceName, call: ServiceCall): Promise<T> {
    const response = await this.call<T>(service, call);
    if (response.status >= 200 && response.status < 300) return response.body;
    throw upstreamError(service, response);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#pools.values()].map((pool) => pool.close()));
  }
}

function parseBody<T>(service: ServiceName, text: string): T {
  if (text.length === 0) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new GatewayError('upstream_failed', `the ${service} service sent an unreadable answer`, {
      cause,
      extensions: { service },
    });
  }
}

export function upstreamError(service: ServiceName, response: ServiceResponse): GatewayError {
  const problem = (response.body ?? {}) as UpstreamProblem;
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  const { status } = response;

  if (status >= 400 && status < 500 && status !== 401 && detail) {
    if (isErrorCode(problem.code) && ERROR_CATALOGUE[problem.code].status < 500) {
      return new GatewayError(problem.code, detail);
    }
    if (status === 404) return new GatewayError('resource_not_found', detail);
    if (status === 409) return new GatewayError('conflict', detail);
    if (status === 422) return new GatewayError('unprocessable', detail);
    if (status === 400) return new GatewayError('invalid_request', detail);
  }
  if (status === 503 || status === 504) {
    const code = status === 503 ? 'upstream_unavailable' : 'upstream_timeout';
    return new GatewayError(code, `the ${service} service is unavailable`, {
      cause: response.body,
      extensions: { service },
    });
  }
  return new GatewayError('upstream_failed', `the ${service} service answered ${status}`, {
    cause: response.body,
    extensions: { service },
  });
}
