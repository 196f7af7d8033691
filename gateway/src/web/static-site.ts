/**
 * Serves the built single-page app. Any GET for a path that is not an API
 * route and asks for HTML gets `index.html`, so client-side routes survive a
 * reload; every other unknown path stays a problem+json 404. Hashed assets
 * under `/assets/` never change and are cached for a year.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { NotFoundFallback } from '../errors/error-handler.js';

const API_PREFIXES = ['/api/', '/auth/', '/health/', '/.well-known/', '/ws'];

function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '/';
  return (
    request.method === 'GET' &&
    !API_PREFIXES.some((prefix) => path.startsWith(prefix)) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

/** Registers the app when it is built; returns the fallback for client-side routes. */
export async function registerStaticSite(
  app: FastifyInstance,
  distDir: string,
): Promise<NotFoundFallback | undefined> {
  if (!existsSync(join(distDir, 'index.html'))) return undefined;

  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: ['index.html'],
    setHeaders(response, path) {
      const immutable = path.includes(`${join(distDir, 'assets')}`);
      response.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  return (request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsPage(request)) return false;
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
