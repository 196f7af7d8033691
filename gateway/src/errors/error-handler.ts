/**
 * Turns every failure into a problem document: gateway errors keep their
 * code, Fastify's own errors (validation, body size, content type, bad JSON)
 * are mapped onto the catalogue, and anything unexpected becomes a 500 whose
 * cause is logged but never shown; unknown routes get a 404 problem.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { ErrorCode } from './catalogue.js';
import { isGatewayError } from './gateway-error.js';
import { PROBLEM_CONTENT_TYPE, problemDocument } from './problem.js';

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extensions: Record<string, unknown> = {},
): FastifyReply {
  const body = problemDocument(code, detail, String(reply.request.id), extensions);
  return reply.code(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** `body.quantity must be >= 1`: the field named the way a client wrote it. */
export function describeValidation(error: FastifyError): string {
  const first = (error.validation?.[0] ?? {}) as ValidationItem;
  const context = error.validationContext ?? 'request';
  const path = (first.instancePath ?? '').split('/').filter(Boolean).join('.');
  const extra = first.params?.['additionalProperty'] ?? first.params?.['missingProperty'];
  const field = [context, path, typeof extra === 'string' ? extra : ''].filter(Boolean).join('.');
  const message = first.message ?? 'is not valid';
  return `${field} ${message}`;
}

function mapFastifyError(error: FastifyError): { code: ErrorCode; detail: string } | undefined {
  if (error.validation) return { code: 'invalid_request', detail: describeValidation(error) };

  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'payload_too_large', detail: 'the request body exceeds the limit' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'unsupported_media_type', detail: 'content-type is not accepted' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'invalid_json', detail: 'the JSON body is empty' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'invalid_json', detail: 'the body could not be parsed as JSON' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'invalid_request', detail: 'content-length does not match the body' };
    default:
      break;
  }

  if (error instanceof SyntaxError) {
    return { code: 'invalid_json', detail: 'the body could not be parsed as JSON' };
  }
  // Static files answer conditional and range requests (RFC 9110 section 13, 14).
  switch (error.statusCode) {
    case 400:
      return { code: 'invalid_request', detail: 'the request is not valid' };
    case 412:
      return { code: 'precondition_failed', detail: 'a precondition header does not hold' };
    case 413:
      return { code: 'payload_too_large', detail: 'the request body exceeds the limit' };
    case 415:
      return { code: 'unsupported_media_type', detail: 'content-type is not accepted' };
    case 416:
      return { code: 'range_not_satisfiable', detail: 'the requested range is not available' };
    default:
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? { code: 'invalid_request', detail: 'the request cannot be served as given' }
        : undefined;
  }
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isGatewayError(error)) {
      if (error.status >= 500) request.log.warn({ err: error, code: error.code }, 'request failed');
      return sendProblem(reply, error.code, error.detail, error.extensions);
    }

    const mapped = mapFastifyError(error);
    if (mapped) return sendProblem(reply, mapped.code, mapped.detail);

    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, 'internal_error', 'the gateway could not complete the request');
  });
}

/** Answers for unknown routes: a page fallback when given, otherwise a 404 problem. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

export function installNotFound(app: FastifyInstance, fallback?: NotFoundFallback): void {
  app.setNotFoundHandler((request, reply) => {
    if (fallback?.(request, reply)) return reply;
    const path = (request.url.split('?')[0] ?? '/').slice(0, 200);
    return sendProblem(reply, 'route_not_found', `no route for ${request.method} ${path}`);
  });
}
