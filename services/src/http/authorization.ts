// Route-level authorization on top of the verified identity: who may act
// (roles) and who has finished onboarding (a jurisdiction).

import type { FastifyRequest } from 'fastify';
import type { Identity } from '../identity/verify-assertion.js';
import type { JurisdictionCode, Role } from '../identity/vocabulary.js';
import { ProblemError } from './problem.js';

export function identityOf(request: FastifyRequest): Identity {
  // The assertion hook runs before every non-public route, so a missing
  // identity here means a route was wrongly marked public.
  if (request.identity === null) {
    throw new ProblemError('assertion_invalid', 'the route requires an identity assertion');
  }
  return request.identity;
}

export function requireRole(identity: Identity, allowed: readonly Role[]): void {
  if (identity.roles.some((role) => allowed.includes(role))) return;
  throw new ProblemError(
    'role_required',
    `this action requires one of the roles ${allowed.join(', ')}`,
  );
}

export function requireJurisdiction(identity: Identity): JurisdictionCode {
  if (identity.jurisdiction !== null) return identity.jurisdiction;
  throw new ProblemError('onboarding_required', 'finish onboarding to choose a jurisdiction first');
}
