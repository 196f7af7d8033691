/**
 * One log line per request, written when it completes: request id, method,
 * route pattern, redacted URL, status, duration and the user, if any. This
 * replaces Fastify's pair of "incoming" and "completed" lines, which doubles
 * the volume and cannot name the user (the session is loaded after the
 * first line is written).
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

import { redactUrl } from './logger-options.js';

export class RequestLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      route: request.routeOptions.url,
      url: redactUrl(request.url),
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      userId: request.session?.user.id,
      ip: request.ip,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
