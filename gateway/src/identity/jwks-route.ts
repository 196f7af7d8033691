/**
 * Publishes the public keys services use to verify identity assertions
 * (RFC 7517). Cacheable for a short time; a key rotation adds the new key
 * before it signs anything.
 */
import type { FastifyInstance } from 'fastify';

import type { AssertionSigner } from './assertion-signer.js';

export function registerJwksRoute(app: FastifyInstance, signer: AssertionSigner): void {
  app.get('/.well-known/jwks.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    reply.header('content-type', 'application/jwk-set+json');
    return signer.jwks();
  });
}
