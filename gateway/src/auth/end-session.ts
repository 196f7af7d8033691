/**
 * Ending the provider's session too (OpenID Connect RP-Initiated Logout 1.0).
 * Logout leaves a short-lived HttpOnly cookie holding the ID token, sealed
 * with the session cipher; the app then navigates to `/auth/end-session`,
 * which opens it and sends the browser to the provider's end-session
 * endpoint with `id_token_hint`, so the provider signs the user out without
 * asking and returns them to the gateway. The ID token never reaches
 * JavaScript. Without a ticket, or when the provider has no such endpoint,
 * the browser simply goes home. The ticket lasts a minute, is cleared when
 * used or at the next login, and is ignored on a cross-site navigation.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as oidc from 'openid-client';

import { cookieAttributes } from '../session/session-cookie.js';
import type { EncryptedBlob } from '../session/token-cipher.js';
import type { GatewayContext } from './gateway-context.js';

const TICKET_TTL_MS = 60_000;
const PURPOSE = 'end-session';

interface EndSessionTicket {
  readonly provider: string;
  readonly idToken: string;
  readonly expiresAt: number;
}

export function clearEndSessionTicket(ctx: GatewayContext, reply: FastifyReply): void {
  reply.clearCookie(ctx.cookies.endSessionName, cookieAttributes(ctx.cookies));
}

/** Leaves the ticket for `/auth/end-session` when there is an ID token to hint with. */
export function leaveEndSessionTicket(
  ctx: GatewayContext,
  reply: FastifyReply,
  provider: string,
  idToken: string | undefined,
): void {
  if (!idToken) return;
  const ticket: EndSessionTicket = { provider, idToken, expiresAt: ctx.now() + TICKET_TTL_MS };
  const sealed = Buffer.from(JSON.stringify(ctx.cipher.seal(ticket, PURPOSE))).toString(
    'base64url',
  );
  reply.setCookie(ctx.cookies.endSessionName, sealed, cookieAttributes(ctx.cookies, TICKET_TTL_MS));
}

function openTicket(ctx: GatewayContext, raw: string | undefined): EndSessionTicket | undefined {
  if (!raw || raw.length > 8192) return undefined;
  try {
    const blob = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as EncryptedBlob;
    const ticket = ctx.cipher.open<EndSessionTicket>(blob, PURPOSE);
    return ticket && ticket.expiresAt > ctx.now() ? ticket : undefined;
  } catch {
    return undefined;
  }
}

export function registerEndSessionRoute(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/auth/end-session', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    // Only the app's own navigation may use the ticket, not a link on another site.
    const crossSite =
      String(request.headers['sec-fetch-site'] ?? '').toLowerCase() === 'cross-site';
    const ticket = crossSite
      ? undefined
      : openTicket(ctx, request.cookies[ctx.cookies.endSessionName]);
    reply.clearCookie(ctx.cookies.endSessionName, cookieAttributes(ctx.cookies));
    if (!ticket) return reply.redirect('/', 302);

    try {
      const configuration = await ctx.providers.configuration(ticket.provider);
      if (!configuration.serverMetadata().end_session_endpoint) return reply.redirect('/', 302);
      const target = oidc.buildEndSessionUrl(configuration, {
        id_token_hint: ticket.idToken,
        post_logout_redirect_uri: `${ctx.publicOrigin}/`,
      });
      return reply.redirect(target.href, 302);
    } catch (error) {
      request.log.warn({ err: error, provider: ticket.provider }, 'end-session redirect failed');
      return reply.redirect('/', 302);
    }
  });
}
