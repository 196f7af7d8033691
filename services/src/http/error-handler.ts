// One place where every failure becomes a problem document: our ProblemErrors,
// Fastify's schema and body-parser errors, unknown routes, and anything
// unexpected (logged with its cause, answered as a bare 500 without internals).

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from './error-catalogue.js';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemDocument } from './problem.js';
import { describeViolations, type SchemaViolation } from './validation-detail.js';

const CLIENT_ERROR_CODES: Record<number, ErrorCode> = {
  400: 'invalid_request',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      return sendProblem(request, reply, error.code, error.message);
    }

    if (error.validation) {
      const context = error.validationContext ?? 'request';
      const violations = error.validation as unknown as SchemaViolation[];
      return sendProblem(
        request,
        reply,
        'invalid_request',
        describeViolations(context, violations),
      );
    }

    // Fastify's own client errors (unparsable JSON, wrong content type, body
    // too large) carry a 4xx status and a message safe to show.
    const status = error.statusCode ?? 500;
    const code = CLIENT_ERROR_CODES[status];
    if (code !== undefined && error.code?.startsWith('FST_')) {
      return sendProblem(request, reply, code, error.message);
    }

    request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, 'internal_error', 'The request could not be completed.');
  });

  app.setNotFoundHandler((request, reply) => {
    const detail = `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`;
    return sendProblem(request, reply, 'route_unknown', detail);
  });
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
) {
  const document = problemDocument(code, detail, request.id);
  return reply.code(document.status).type(PROBLEM_CONTENT_TYPE).send(document);
}
