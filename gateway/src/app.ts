/**
 * Assembles the gateway: the request pipeline in the order of the design
 * (request identity, session, CSRF, routes, upstream) and the components
 * each stage uses. `buildGateway` returns a Fastify instance that has not
 * started listening, so tests can `inject` or listen on port 0.
 */
import { fileURLToPath } from 'node:url';

import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';

import type { GatewayContext } from './auth/gateway-context.js';
import { registerEndSessionRoute } from './auth/end-session.js';
import { registerLoginRoutes } from './auth/login-routes.js';
import {
  MemoryLoginTransactionStore,
  type LoginTransactionStore,
} from './auth/login-transactions.js';
import { OidcProviders } from './auth/oidc-providers.js';
import { registerSessionRoutes } from './auth/session-routes.js';
import { registerDashboardRoute } from './bff/dashboard-route.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from './bff/idempotency-store.js';
import { MemoryKeyedLock } from './bff/keyed-lock.js';
import { registerMarketRoutes } from './bff/market-routes.js';
import { registerOnboardingRoutes } from './bff/onboarding-routes.js';
import { registerTradeRoutes } from './bff/trade-routes.js';
import type { GatewayConfig } from './config/schema.js';
import { installErrorHandling, installNotFound } from './errors/error-handler.js';
import { clientErrorHandler, frameworkErrorHandler } from './errors/framework-errors.js';
import { registerHealthRoutes } from './health/health-routes.js';
import { AssertionSigner } from './identity/assertion-signer.js';
import { registerJwksRoute } from './identity/jwks-route.js';
import { loggerOptions } from './observability/logger-options.js';
import { REQUEST_ID_HEADER, requestIdFor } from './observability/request-id.js';
import { RequestLog } from './observability/request-log.js';
import { installBodyParsing } from './security/body-parsing.js';
import { installCsrfProtection } from './security/csrf.js';
import { installSchemaValidation } from './security/schema-validation.js';
import { installSecurityHeaders } from './security/security-headers.js';
import { MemorySessionStore } from './session/memory-session-store.js';
import { cookiePolicy } from './session/session-cookie.js';
import { SessionManager } from './session/session-manager.js';
import { installSessionLoading } from './session/session-plugin.js';
import type { SessionStore } from './session/session-store.js';
import { TokenCipher } from './session/token-cipher.js';
import { ServiceClient } from './upstream/service-client.js';
import { registerStaticSite } from './web/static-site.js';

export interface GatewayOverrides {
  readonly sessionStore?: SessionStore;
  readonly transactionStore?: LoginTransactionStore;
  readonly idempotencyStore?: IdempotencyStore;
  readonly now?: () => number;
  /** Replaces the pino options, e.g. a stream that a test reads. */
  readonly logger?: FastifyServerOptions['logger'];
}

export interface Gateway {
  readonly app: FastifyInstance;
  readonly context: GatewayContext;
  /** Marks the instance as draining: readiness answers 503 from now on. */
  beginShutdown(): void;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildGateway(
  config: GatewayConfig,
  overrides: GatewayOverrides = {},
): Promise<Gateway> {
  const app = Fastify({
    logger: overrides.logger ?? loggerOptions(config.log.level),
    genReqId: requestIdFor,
    logController: new RequestLog(),
    bodyLimit: config.server.bodyLimitBytes,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  });
  installSchemaValidation(app);
  installBodyParsing(app);

  const signer = await AssertionSigner.create({
    issuer: config.identity.issuer,
    ttlSeconds: config.identity.assertionTtlSeconds,
    signingKeyFile: config.identity.signingKeyFile,
  });
  const now = overrides.now ?? Date.now;
  const publicOrigin = new URL(config.server.publicUrl).origin;
  const cipher = new TokenCipher(config.session.encryptionKeys);
  const ctx: GatewayContext = {
    config,
    publicOrigin,
    cookies: cookiePolicy(config.server.publicUrl, config.session.cookieName),
    sessions: new SessionManager({
      store: overrides.sessionStore ?? new MemorySessionStore(),
      cipher,
      idleTimeoutMs: config.session.idleTimeoutMs,
      absoluteTimeoutMs: config.session.absoluteTimeoutMs,
      now,
    }),
    cipher,
    transactions: overrides.transactionStore ?? new MemoryLoginTransactionStore(),
    providers: new OidcProviders(config.providers, config.server.publicUrl),
    signer,
    services: new ServiceClient(
      {
        market: config.services.market.url,
        trading: config.services.trading.url,
        risk: config.services.risk.url,
        compliance: config.services.compliance.url,
        accounts: config.services.accounts.url,
      },
      signer,
      config.services.timeoutMs,
    ),
    locks: new MemoryKeyedLock(),
    idempotency: overrides.idempotencyStore ?? new MemoryIdempotencyStore(),
    now,
  };

  // Stage 1: request identity, echoed so a user can quote it.
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  installErrorHandling(app);

  // Stage 4: security headers on every response, errors included.
  installSecurityHeaders(app, ctx.publicOrigin);

  // Stages 7 and 8: session, then CSRF.
  await app.register(fastifyCookie);
  installSessionLoading(app, ctx.sessions, ctx.cookies);
  installCsrfProtection(app, config.server.publicUrl);

  let shuttingDown = false;
  // While draining, answers close their connection, so keep-alive clients
  // reconnect elsewhere and the server can finish closing.
  app.addHook('onSend', async (_request, reply) => {
    if (shuttingDown) reply.header('connection', 'close');
  });
  registerHealthRoutes(app, ctx, () => shuttingDown);
  registerJwksRoute(app, signer);
  registerSessionRoutes(app, ctx);
  registerLoginRoutes(app, ctx);
  registerEndSessionRoute(app, ctx);
  registerOnboardingRoutes(app, ctx);
  registerDashboardRoute(app, ctx);
  registerMarketRoutes(app, ctx);
  registerTradeRoutes(app, ctx);

  const distDir = config.web.distDir ?? DEFAULT_WEB_DIST;
  const pages = distDir === '' ? undefined : await registerStaticSite(app, distDir);
  if (distDir !== '' && !pages)
    app.log.warn({ distDir }, 'web app not built; serving the API only');
  installNotFound(app, pages);

  app.addHook('onClose', async () => {
    await Promise.all([
      ctx.services.close(),
      ctx.sessions.store.close(),
      ctx.transactions.close(),
      ctx.idempotency.close(),
    ]);
  });

  return {
    app,
    context: ctx,
    beginShutdown: () => {
      shuttingDown = true;
    },
  };
}
