/**
 * Pipeline stage 10, authorization: what a route demands of the signed-in
 * user. Sessions are guaranteed on `/api/*` by the CSRF stage; these guards
 * add the role and onboarding requirements of particular routes.
 */
import type { FastifyRequest } from 'fastify';

import { GatewayError } from '../errors/gateway-error.js';
import type { Role, SessionRecord } from '../session/session-store.js';

export function sessionOf(request: FastifyRequest): SessionRecord {
  if (!request.session) {
    throw new GatewayError('authentication_required', 'no valid session: sign in first');
  }
  return request.session;
}

export function requireOnboarded(session: SessionRecord): void {
  if (!session.user.onboarded || session.user.jurisdiction === null) {
    throw new GatewayError('onboarding_required', 'complete onboarding before trading');
  }
}

export function requireRole(session: SessionRecord, roles: readonly Role[]): void {
  if (session.user.roles.some((role) => roles.includes(role))) return;
  throw new GatewayError(
    'role_required',
    `this action needs one of the roles: ${roles.join(', ')}`,
  );
}
