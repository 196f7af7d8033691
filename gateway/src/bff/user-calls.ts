/**
 * Service calls made on behalf of the signed-in user of one request: each
 * carries that user's identity assertion and the request id.
 */
import type { FastifyRequest } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import type { ServiceName } from '../config/schema.js';
import { sessionSubject } from '../identity/subject.js';
import { sessionOf } from './route-guards.js';

export interface UserCalls {
  get<T>(
    service: ServiceName,
    path: string,
    query?: Record<string, string | number | undefined>,
  ): Promise<T>;
  post<T>(service: ServiceName, path: string, body: unknown): Promise<T>;
  delete<T>(service: ServiceName, path: string): Promise<T>;
}

export function callsFor(ctx: GatewayContext, request: FastifyRequest): UserCalls {
  const subject = sessionSubject(sessionOf(request));
  const requestId = String(request.id);
  return {
    get: (service, path, query) =>
      ctx.services.json(service, { method: 'GET', path, query, subject, requestId }),
    post: (service, path, body) =>
      ctx.services.json(service, { method: 'POST', path, body, subject, requestId }),
    delete: (service, path) =>
      ctx.services.json(service, { method: 'DELETE', path, subject, requestId }),
  };
}
