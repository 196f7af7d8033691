/**
 * The session as the front end sees it: the provider list for the sign-in
 * page, the current user with the CSRF token the app keeps in memory, and
 * logout. Logout is CSRF-protected like any state change (see csrf.ts); it
 * ends the gateway session at once and leaves a ticket with which
 * `/auth/end-session` ends the provider's session as well.
 */
import type { FastifyInstance } from 'fastify';
import * as oidc from 'openid-client';

import { GatewayError } from '../errors/gateway-error.js';
import { cookieAttributes } from '../session/session-cookie.js';
import type { SessionRecord } from '../session/session-store.js';
import { leaveEndSessionTicket } from './end-session.js';
import type { GatewayContext } from './gateway-context.js';

function requireSession(session: SessionRecord | undefined): SessionRecord {
  if (!session)
    throw new GatewayError('authentication_required', 'no valid session: sign in first');
  return session;
}

export function registerSessionRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/auth/providers', async () => ({ providers: ctx.providers.list() }));

  app.get('/auth/me', async (request, reply) => {
    const session = requireSession(request.session);
    reply.header('cache-control', 'no-store');
    return {
      user: session.user,
      csrfToken: session.csrfToken,
      session: {
        id: session.key.slice(0, 22),
        provider: session.provider,
        createdAt: new Date(session.createdAt).toISOString(),
        expiresAt: new Date(session.absoluteExpiresAt).toISOString(),
        idleExpiresAt: new Date(ctx.sessions.idleExpiresAt(session)).toISOString(),
      },
    };
  });

  app.post('/auth/logout', async (request, reply) => {
    const session = requireSession(request.session);
    const tokens = ctx.sessions.tokensOf(session);
    await ctx.sessions.destroy(session.key);
    reply.clearCookie(ctx.cookies.sessionName, cookieAttributes(ctx.cookies));
    leaveEndSessionTicket(ctx, reply, session.provider, tokens.idToken);
    request.log.info({ userId: session.user.id, provider: session.provider }, 'logout');

    // Revocation is best effort and must not hold the user's logout hostage.
    if (tokens.refreshToken) {
      revoke(ctx, session.provider, tokens.refreshToken).catch((err: unknown) =>
        request.log.warn({ err, provider: session.provider }, 'token revocation failed'),
      );
    }
    return reply.code(204).send();
  });
}

async function revoke(ctx: GatewayContext, providerId: string, token: string): Promise<void> {
  const configuration = await ctx.providers.configuration(providerId);
  if (!configuration.serverMetadata().revocation_endpoint) return;
  await oidc.tokenRevocation(configuration, token, { token_type_hint: 'refresh_token' });
}
