/**
 * Starts and finishes an OpenID Connect login: authorization code flow with
 * PKCE (S256), `state` and `nonce` (OpenID Connect Core 1.0 section 3.1).
 *
 * Each attempt is bound to the browser that started it (login-binding.ts).
 *
 * Mix-up defence (RFC 9207): the issuer expected for the transaction is
 * stored with it and compared with the `iss` of the authorization response
 * and with the provider's current metadata.
 */
import { randomUUID } from 'node:crypto';

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';

import { GatewayError, isGatewayError } from '../errors/gateway-error.js';
import { sha256 } from '../security/digest.js';
import { safeReturnTo } from '../security/return-to.js';
import { cookieAttributes } from '../session/session-cookie.js';
import { isUnreachable } from '../upstream/unreachable.js';
import { clearEndSessionTicket } from './end-session.js';
import type { GatewayContext } from './gateway-context.js';
import { bindingCookieName, newBinding, pruneBindings } from './login-binding.js';
import type { LoginTransaction } from './login-transactions.js';
import { syncUser, type IdTokenClaims } from './user-profile.js';

const providerParams = {
  type: 'object',
  properties: { provider: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,31}$' } },
  required: ['provider'],
} as const;

const ERROR_FORMAT = /^[A-Za-z0-9_.-]{1,64}$/;

type ProviderRequest = FastifyRequest<{ Params: { provider: string } }>;

async function assertCapacity(ctx: GatewayContext, client: string): Promise<void> {
  const { forClient, total } = await ctx.transactions.pending(client);
  if (forClient >= ctx.config.login.maxPendingPerClient) {
    throw new GatewayError(
      'too_many_requests',
      'too many sign-ins in progress from this address; finish one or wait a few minutes',
    );
  }
  if (total >= ctx.config.login.maxPending) {
    throw new GatewayError('too_many_requests', 'too many sign-ins in progress; try again shortly');
  }
}

function queryString(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

export function registerLoginRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  const ttlMs = ctx.config.login.transactionTtlMs;

  app.get(
    '/auth/login/:provider',
    { schema: { params: providerParams } },
    async (request, reply) => {
      const providerId = (request as ProviderRequest).params.provider;
      const provider = ctx.providers.get(providerId);
      const configuration = await ctx.providers.configuration(providerId);
      const returnTo = safeReturnTo(
        (request.query as Record<string, unknown>)['returnTo'],
        ctx.publicOrigin,
      );

      await assertCapacity(ctx, request.ip);
      pruneBindings(ctx, request, reply);
      const binding = newBinding(ctx.now());
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();

      await ctx.transactions.put(
        state,
        {
          provider: providerId,
          issuer: configuration.serverMetadata().issuer,
          codeVerifier,
          nonce,
          returnTo,
          bindingHash: sha256(binding),
          client: request.ip,
          createdAt: ctx.now(),
        },
        ttlMs,
      );

      const location = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: ctx.providers.redirectUri(providerId),
        scope: provider.scopes.join(' '),
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      reply.setCookie(bindingCookieName(ctx, state), binding, cookieAttributes(ctx.cookies, ttlMs));
      return reply.header('cache-control', 'no-store').redirect(location.href, 302);
    },
  );

  app.get(
    '/auth/callback/:provider',
    { schema: { params: providerParams } },
    async (request, reply) => {
      try {
        return await finishLogin(ctx, request as ProviderRequest, reply);
      } catch (error) {
        // A person in a browser gets the app's sign-in page with the reason,
        // not a JSON document; API clients keep the problem document.
        const browser = (request.headers.accept ?? '').includes('text/html');
        if (!isGatewayError(error) || !browser) throw error;
        request.log.warn({ code: error.code, detail: error.detail }, 'login failed');
        const target = `/?login_error=${encodeURIComponent(error.code)}`;
        return reply.header('cache-control', 'no-store').redirect(target, 302);
      }
    },
  );
}

/**
 * Finds the attempt by `state` and checks the browser binding before using
 * the transaction up, so a stranger holding the callback URL cannot spoil
 * the rightful browser's login. Taking it is atomic: a callback works once.
 */
async function claimTransaction(
  ctx: GatewayContext,
  request: ProviderRequest,
  reply: FastifyReply,
): Promise<{ state: string; transaction: LoginTransaction }> {
  const invalid = () =>
    new GatewayError(
      'login_state_invalid',
      'start the login again: its state is unknown or expired',
    );
  const state = queryString(request, 'state');
  if (!state || state.length > 256) throw invalid();
  const found = await ctx.transactions.get(state);
  if (!found || found.provider !== request.params.provider) throw invalid();

  const bindingName = bindingCookieName(ctx, state);
  const binding = request.cookies[bindingName];
  if (!binding || sha256(binding) !== found.bindingHash) {
    throw new GatewayError(
      'login_binding_mismatch',
      'the login must finish in the browser that started it',
    );
  }

  const transaction = await ctx.transactions.take(state);
  if (!transaction) throw invalid();
  reply.clearCookie(bindingName, cookieAttributes(ctx.cookies));
  return { state, transaction };
}

async function redeemCode(
  request: ProviderRequest,
  configuration: oidc.Configuration,
  currentUrl: URL,
  state: string,
  transaction: LoginTransaction,
) {
  try {
    return await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
  } catch (cause) {
    request.log.warn({ err: cause, provider: transaction.provider }, 'code exchange failed');
    if (isUnreachable(cause)) {
      throw new GatewayError('provider_unavailable', 'the identity provider is unavailable', {
        cause,
      });
    }
    throw new GatewayError('login_failed', 'the authorization code could not be redeemed', {
      cause,
    });
  }
}

async function finishLogin(ctx: GatewayContext, request: ProviderRequest, reply: FastifyReply) {
  const providerId = request.params.provider;
  const provider = ctx.providers.get(providerId);
  const { state, transaction } = await claimTransaction(ctx, request, reply);

  const iss = queryString(request, 'iss');
  const configuration = await ctx.providers.configuration(providerId);
  const currentIssuer = configuration.serverMetadata().issuer;
  if ((iss !== undefined && iss !== transaction.issuer) || currentIssuer !== transaction.issuer) {
    throw new GatewayError('login_issuer_mismatch', `expected issuer ${transaction.issuer}`);
  }

  const providerError = queryString(request, 'error');
  if (providerError !== undefined) {
    const shown = ERROR_FORMAT.test(providerError) ? providerError : 'an invalid error code';
    throw new GatewayError('login_failed', `the identity provider answered ${shown}`);
  }

  const currentUrl = new URL(request.url, ctx.publicOrigin);
  const tokens = await redeemCode(request, configuration, currentUrl, state, transaction);

  const claims = tokens.claims() as IdTokenClaims;
  const user = await syncUser({
    services: ctx.services,
    providerId,
    provider,
    claims,
    sessionKey: sha256(randomUUID()),
    requestId: String(request.id),
  });

  // Rotation: a login never reuses the session the browser arrived with.
  if (request.session) await ctx.sessions.destroy(request.session.key);
  const { cookieValue } = await ctx.sessions.create({
    provider: providerId,
    user,
    tokens: {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      idToken: tokens.id_token,
      expiresAt: tokens.expires_in === undefined ? undefined : ctx.now() + tokens.expires_in * 1000,
    },
  });

  request.log.info({ userId: user.id, provider: providerId }, 'login succeeded');
  if (request.cookies[ctx.cookies.endSessionName]) clearEndSessionTicket(ctx, reply);
  reply.setCookie(
    ctx.cookies.sessionName,
    cookieValue,
    cookieAttributes(ctx.cookies, ctx.config.session.absoluteTimeoutMs),
  );
  const target = safeReturnTo(transaction.returnTo, ctx.publicOrigin);
  return reply.header('cache-control', 'no-store').redirect(target, 302);
}
