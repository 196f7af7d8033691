/**
 * The browser binding of a login attempt. Each attempt sets its own
 * short-lived HttpOnly cookie, named after a hash of its `state`, holding a
 * random value whose hash the transaction records; a callback is accepted
 * only with that cookie. One cookie per attempt, not one per browser: two
 * tabs that start at once would otherwise overwrite each other's cookie and
 * one of the logins would fail. A value starts with its creation time in
 * base 36, so the oldest can be dropped when too many pile up.
 */
import { randomBytes } from 'node:crypto';

import type { FastifyReply, FastifyRequest } from 'fastify';

import { sha256 } from '../security/digest.js';
import { cookieAttributes } from '../session/session-cookie.js';
import type { GatewayContext } from './gateway-context.js';

export function newBinding(now: number): string {
  return `${now.toString(36)}.${randomBytes(32).toString('base64url')}`;
}

/** Pending attempts one browser may hold; older binding cookies are dropped. */
const MAX_PENDING_PER_BROWSER = 5;

/**
 * Clears the oldest login-binding cookies beyond the per-browser limit, so
 * abandoned attempts cannot pile up until the Cookie header is too large.
 * A binding value starts with its creation time in base 36.
 */
export function pruneBindings(
  ctx: GatewayContext,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const pending = Object.entries(request.cookies)
    .filter(([name]) => name.startsWith(ctx.cookies.loginBindingPrefix))
    .map(([name, value]) => ({
      name,
      createdAt: parseInt(String(value).split('.')[0] ?? '', 36) || 0,
    }))
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const stale of pending.slice(MAX_PENDING_PER_BROWSER - 1)) {
    reply.clearCookie(stale.name, cookieAttributes(ctx.cookies));
  }
}

export function bindingCookieName(ctx: GatewayContext, state: string): string {
  return `${ctx.cookies.loginBindingPrefix}${sha256(state).slice(0, 16)}`;
}
