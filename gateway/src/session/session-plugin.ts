/**
 * Pipeline stage 7: loads the caller's session from its cookie onto
 * `request.session` for the routes that use one (`/api`, `/auth`). A cookie
 * that names no live session is cleared so the browser stops sending it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { cookieAttributes, type CookiePolicy } from './session-cookie.js';
import type { SessionManager } from './session-manager.js';
import type { SessionRecord } from './session-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRecord | undefined;
  }
}

const SESSION_PREFIXES = ['/api/', '/auth/', '/ws'];

function usesSession(request: FastifyRequest): boolean {
  // The matched route, not the raw URL: `/%61pi/x` is routed as `/api/x`.
  const path = request.routeOptions.url ?? request.url;
  return SESSION_PREFIXES.some((prefix) => path.startsWith(prefix));
}

export function installSessionLoading(
  app: FastifyInstance,
  sessions: SessionManager,
  policy: CookiePolicy,
): void {
  app.decorateRequest('session', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!usesSession(request)) return;
    const cookieValue = request.cookies[policy.sessionName];
    if (!cookieValue) return;

    request.session = await sessions.load(cookieValue);
    if (!request.session) reply.clearCookie(policy.sessionName, cookieAttributes(policy));
  });
}
