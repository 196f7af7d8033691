/**
 * Liveness (the process answers) and readiness (its dependencies answer).
 * Both are cheap, unauthenticated and never cached. During shutdown
 * readiness turns 503 first, so a load balancer drains this instance.
 */
import type { FastifyInstance } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem.js';
import { checkReadiness } from './readiness.js';

export function registerHealthRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  isShuttingDown: () => boolean,
): void {
  app.get('/health/live', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/health/ready', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (isShuttingDown()) {
      return reply.code(503).send({ status: 'shutting_down', dependencies: {} });
    }
    const { ready, dependencies } = await checkReadiness(ctx);
    if (!ready) {
      request.log.warn({ dependencies }, 'not ready');
      reply.code(503).header('content-type', PROBLEM_CONTENT_TYPE);
      return {
        type: 'https://docs.qenergyz.com/gateway/errors/not-ready',
        title: 'The gateway is not ready',
        status: 503,
        detail: `down: ${Object.keys(dependencies)
          .filter((k) => dependencies[k]?.status === 'down')
          .join(', ')}`,
        code: 'not_ready',
        requestId: String(request.id),
        dependencies,
      };
    }
    return { status: 'ready', dependencies };
  });
}
