/**
 * Pipeline stage 4: security headers on every response, errors included.
 * helmet decides the headers; because the policy has no per-request part
 * (no nonces), helmet runs once at start against a recording response and
 * the headers it set are copied onto every reply. Running helmet's
 * middleware per request instead cut the throughput of small responses by
 * about a quarter (bench/src/pipeline-overhead.ts, GET /auth/me).
 *
 * The content security policy allows only the gateway's own origin: the web
 * app loads no third-party script, style, font or frame, and no page of the
 * gateway may be framed (clickjacking). HSTS only over HTTPS.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

function helmetOptions(secure: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  };
}

/** The headers helmet sets for this policy, recorded once. */
export function securityHeaders(publicOrigin: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  const middleware = helmet(helmetOptions(publicOrigin.startsWith('https://')));
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

export function installSecurityHeaders(app: FastifyInstance, publicOrigin: string): void {
  const headers = securityHeaders(publicOrigin);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}
