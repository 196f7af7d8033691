/**
 * Errors raised before a request reaches the pipeline: Fastify's router
 * (a malformed percent-escape, an over-long path parameter) and Node's HTTP
 * parser (bad header bytes, header overflow, smuggling attempts such as
 * Content-Length with Transfer-Encoding). They get problem documents too, and
 * never echo the offending input back.
 */
import type { Socket } from 'node:net';

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

import type { ErrorCode } from './catalogue.js';
import { sendProblem } from './error-handler.js';
import { PROBLEM_CONTENT_TYPE, problemDocument } from './problem.js';

// The pipeline's header stage has not run for these answers; they carry the
// strictest set on their own.
const SAFE_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  request.log.info({ method: request.method, code: error.code }, 'request refused by the router');
  reply.headers({ ...SAFE_HEADERS, 'x-request-id': String(request.id) });
  if (tooLong) {
    void sendProblem(reply, 'uri_too_long', 'a path parameter is longer than allowed');
    return;
  }
  void sendProblem(reply, 'invalid_request', 'the request URL is malformed');
}

/** The raw-socket answer when Node cannot parse the request at all. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const code: ErrorCode = overflow ? 'headers_too_large' : 'invalid_request';
  const detail = overflow ? 'the request headers are too large' : 'the request could not be parsed';
  const body = JSON.stringify(problemDocument(code, detail, 'unparsed'));
  const status = overflow ? 431 : 400;
  const reason = overflow ? 'Request Header Fields Too Large' : 'Bad Request';
  const headers = Object.entries(SAFE_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n${headers}` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
