// Refuses every request that does not carry a valid gateway assertion, except
// routes marked public (liveness). The verified identity is put on the request
// so handlers never look at the token themselves.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AssertionError,
  type AssertionVerifier,
  type Identity,
} from '../identity/verify-assertion.js';
import { ProblemError } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
  interface FastifyContextConfig {
    /** Served without an identity assertion. */
    public?: boolean;
  }
}

// A compact ES256 JWT with our claims is well under 2 KiB; anything far larger
// is not an assertion and is refused before any crypto runs.
const MAX_TOKEN_LENGTH = 8192;
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i;

export function installAssertionHook(app: FastifyInstance, verify: AssertionVerifier): void {
  app.decorateRequest('identity', null);

  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public === true) return;

    const token = bearerToken(request);
    try {
      request.identity = await verify(token);
    } catch (error) {
      if (error instanceof AssertionError && error.reason === 'keys_unavailable') {
        request.log.error({ err: error }, 'gateway key set unavailable');
        throw new ProblemError('identity_keys_unavailable', 'the assertion cannot be verified now');
      }
      const detail = error instanceof AssertionError ? error.message : 'assertion is invalid';
      throw new ProblemError('assertion_invalid', detail, { cause: error });
    }
  });
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header === undefined || header === '') {
    throw new ProblemError('assertion_invalid', 'the Authorization header is missing');
  }
  const match = header.length <= MAX_TOKEN_LENGTH ? BEARER.exec(header) : null;
  if (match?.[1] === undefined) {
    throw new ProblemError('assertion_invalid', 'the Authorization header is not a Bearer JWT');
  }
  return match[1];
}
