/**
 * Which request bodies the gateway reads. JSON only, through Fastify's own
 * parser (which refuses `__proto__` and `constructor.prototype` keys), with
 * one allowance: an empty body labelled `application/json` means "no body",
 * as many HTTP clients send it on DELETE and on logout. Plain text is not
 * accepted at all, so it gets a 415 rather than a schema error.
 */
import type { FastifyInstance } from 'fastify';

export function installBodyParsing(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
