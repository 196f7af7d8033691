// Liveness: answers while the process can serve HTTP. It is public so that
// orchestrators and the gateway's readiness probe need no assertion.

import type { FastifyInstance } from 'fastify';
import { noQuerySchema } from './query-schemas.js';

export function registerHealthRoute(app: FastifyInstance): void {
  app.get(
    '/health/live',
    {
      config: { public: true },
      schema: { querystring: noQuerySchema },
    },
    async () => ({ status: 'ok' }),
  );
}
