/**
 * Serves the built single-page app. Any GET for a path that is not an API
 * route and asks for HTML gets `index.html`, so client-side routes survive a
 * reload; every other unknown path stays a problem+json 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

import { sendProblem } from '../errors/error-handler.js';

const API_PREFIXES = ['/api/', '/auth/', '/health/', '/.well-known/', '/ws'];

export async function registerStaticSite(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;

  await app.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage =
      request.method === 'GET' &&
      !API_PREFIXES.some((prefix) => path.startsWith(prefix)) &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(
      reply,
      'route_not_found',
      `no route for ${request.method} ${path.slice(0, 200)}`,
    );
  });
  return true;
}
