// The Fastify instance every service starts from: strict schema validation,
// problem+json errors, request ids that follow the gateway's, the assertion
// hook and the liveness route. Each service only adds its own routes.

import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAssertionVerifier, type IdentityOptions } from '../identity/verify-assertion.js';
import type { ServiceName } from '../identity/vocabulary.js';
import { installAssertionHook } from './assertion-hook.js';
import { installProblemHandlers } from './error-handler.js';
import { registerHealthRoute } from './health-route.js';

export interface ServiceAppOptions {
  identity: IdentityOptions;
  /** pino level; `silent` (the default) keeps tests quiet. */
  logLevel?: string;
}

// Services take JSON commands, never uploads; the gateway enforces its own
// per-route limits in front of this.
const BODY_LIMIT_BYTES = 64 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function createServiceApp(
  service: ServiceName,
  options: ServiceAppOptions,
): FastifyInstance {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent', name: service },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (raw) => {
      const incoming = raw.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: {
      customOptions: {
        // Extra properties are rejected, not silently dropped, and a body
        // field of the wrong type is an error, never coerced ("5" is not 5).
        removeAdditional: false,
        coerceTypes: false,
        allErrors: true,
      },
    },
  });

  // Every body is JSON; without this Fastify would accept text/plain as a string.
  app.removeContentTypeParser('text/plain');
  installProblemHandlers(app);
  installAssertionHook(app, createAssertionVerifier(options.identity, service));
  registerHealthRoute(app);
  return app;
}
