/**
 * pino settings for the gateway. Secrets never reach the log: cookies,
 * `authorization`, CSRF tokens and `set-cookie` are censored by path, and
 * the query parameters an OAuth callback carries (`code`, `state`, tokens)
 * are censored inside logged URLs, since Fastify logs every request's URL.
 */
import type { FastifyServerOptions } from 'fastify';

export const CENSOR = '[redacted]';

const SECRET_QUERY_PARAMS = new Set([
  'code',
  'state',
  'nonce',
  'id_token',
  'access_token',
  'refresh_token',
  'token',
  'client_secret',
  'session_state',
  'logout_token',
  'csrftoken',
  'csrf_token',
  'x-csrf-token',
  'password',
]);

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.accessToken',
  '*.refreshToken',
  '*.idToken',
  '*.csrfToken',
  '*.clientSecret',
  '*.code',
];

export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;

  const params = url.slice(queryStart + 1).split('&');
  const cleaned = params.map((pair) => {
    const name = pair.split('=')[0] ?? '';
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // A malformed escape is logged as given; it cannot hide a known name.
    }
    return SECRET_QUERY_PARAMS.has(decoded.toLowerCase()) ? `${name}=${CENSOR}` : pair;
  });
  return `${url.slice(0, queryStart)}?${cleaned.join('&')}`;
}

interface LoggableRequest {
  id: string;
  method: string;
  url: string;
  ip?: string;
  headers: Record<string, unknown>;
}

export function loggerOptions(
  level: string,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    serializers: {
      req(request: LoggableRequest) {
        return {
          id: request.id,
          method: request.method,
          url: redactUrl(request.url),
          remoteAddress: request.ip,
          userAgent: request.headers['user-agent'],
        };
      },
    },
  };
}
