/**
 * Pipeline stage 8: CSRF defence for the routes that act on a session.
 * Every `/api/*` request and every state-changing `/auth/*` request must
 * carry `X-CSRF-Token` equal to the session's token (compared in constant
 * time); a custom header cannot be sent cross-site without a CORS preflight
 * that the gateway does not grant. State changes must also not come from
 * another site, judged by `Sec-Fetch-Site` and `Origin` when the browser sends
 * them. Login callbacks and back-channel logout are exempt: they are reached
 * by navigation or by the provider and are protected by `state` and signed
 * tokens instead.
 */
import { timingSafeEqual } from 'node:crypto';

import type { FastifyInstance, FastifyRequest } from 'fastify';

import { GatewayError } from '../errors/gateway-error.js';

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const EXEMPT_AUTH_PREFIXES = ['/auth/callback/', '/auth/backchannel-logout/', '/auth/login/'];

/**
 * The path as the router matched it, so an escaped spelling such as
 * `/%61pi/orders` cannot dodge a prefix check that the router then decodes.
 */
function pathOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split('?')[0] ?? '';
}

function needsCsrf(request: FastifyRequest): boolean {
  const path = pathOf(request);
  if (path.startsWith('/api/')) return true;
  if (!path.startsWith('/auth/') || SAFE_METHODS.has(request.method)) return false;
  return !EXEMPT_AUTH_PREFIXES.some((prefix) => path.startsWith(prefix));
}

function tokensMatch(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function assertSameSite(request: FastifyRequest, allowedOrigin: string): void {
  if (SAFE_METHODS.has(request.method)) return;

  // A repeated header arrives as an array or a joined list: any cross-site value counts.
  const fetchSite = String(request.headers['sec-fetch-site'] ?? '').toLowerCase();
  if (fetchSite.split(',').some((value) => value.trim() === 'cross-site')) {
    throw new GatewayError('origin_not_allowed', 'cross-site state-changing requests are refused');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== allowedOrigin) {
    throw new GatewayError('origin_not_allowed', `origin ${JSON.stringify(origin)} is not allowed`);
  }
}

export function installCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const allowedOrigin = new URL(publicUrl).origin;

  app.addHook('preValidation', async (request) => {
    if (!needsCsrf(request)) return;
    if (!request.session) {
      throw new GatewayError('authentication_required', 'sign in first: no valid session cookie');
    }
    assertSameSite(request, allowedOrigin);
    if (!tokensMatch(request.headers[CSRF_HEADER], request.session.csrfToken)) {
      throw new GatewayError(
        'csrf_token_invalid',
        'header X-CSRF-Token must equal the session csrfToken',
      );
    }
  });
}
