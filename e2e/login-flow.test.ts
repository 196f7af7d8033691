/**
 * The OpenID Connect login on the real processes: gateway, development
 * provider and services, each on its own loopback port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { json } from './support/json.js';
import { CookieJar } from './support/cookie-jar.js';
import { authorize, finishLogin, signIn, startLogin } from './support/http-login.js';
import { startTestStack } from './support/test-stack.js';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(() => stack?.stop());

describe('login', () => {
  it('lists the configured providers', async () => {
    const response = await fetch(`${stack.gatewayUrl}/auth/providers`);

    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ providers: [{ id: 'dev', name: 'Qenergyz Dev IdP' }] });
  });

  it('redirects to the provider with PKCE S256, state and nonce', async () => {
    const { authorizeUrl } = await startLogin(stack.gatewayUrl);
    const url = new URL(authorizeUrl);

    expect(url.origin).toBe(stack.idpUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(`${stack.gatewayUrl}/auth/callback/dev`);
  });

  it('answers 404 for an unknown provider', async () => {
    const response = await fetch(`${stack.gatewayUrl}/auth/login/nope`, { redirect: 'manual' });

    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe('provider_unknown');
  });

  it('signs in and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const start = await startLogin(stack.gatewayUrl);
    const callback = await authorize(start, stack.gatewayUrl);
    const response = await finishLogin(start, callback);

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('qgw_session='));
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toMatch(/Domain=/i);

    const me = await fetch(`${stack.gatewayUrl}/auth/me`, {
      headers: { cookie: start.jar.header(stack.gatewayUrl) },
    });
    const body = await json(me);
    expect(me.status).toBe(200);
    expect(body.user).toEqual({
      id: 'dev:u-trader',
      email: 'trader@qenergyz.test',
      name: 'Tara Trader',
      roles: ['trader'],
      tier: 'basic',
      jurisdiction: null,
      company: null,
      onboarded: false,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.session.provider).toBe('dev');
  });

  it('answers 401 problem+json to /auth/me without a session', async () => {
    const response = await fetch(`${stack.gatewayUrl}/auth/me`);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(response)).code).toBe('authentication_required');
  });

  it('rotates the session id at login and ends the old session', async () => {
    const first = await signIn(stack.gatewayUrl);
    const oldCookie = first.jar.header(stack.gatewayUrl);

    const again = await startLogin(stack.gatewayUrl, '', first.jar);
    await finishLogin(again, await authorize(again, stack.gatewayUrl));

    expect(first.jar.header(stack.gatewayUrl)).not.toBe(oldCookie);
    const old = await fetch(`${stack.gatewayUrl}/auth/me`, { headers: { cookie: oldCookie } });
    expect(old.status).toBe(401);
  });

  it('lets two tabs of one browser log in at once', async () => {
    const jar = new CookieJar();
    const tabA = await startLogin(stack.gatewayUrl, 'returnTo=%2Fa', jar);
    const tabB = await startLogin(stack.gatewayUrl, 'returnTo=%2Fb', jar);
    const callbackA = await authorize(tabA, stack.gatewayUrl);
    const callbackB = await authorize(tabB, stack.gatewayUrl);

    const finishedB = await finishLogin(tabB, callbackB);
    const finishedA = await finishLogin(tabA, callbackA);

    expect(finishedB.status).toBe(302);
    expect(finishedB.headers.get('location')).toBe('/b');
    expect(finishedA.status).toBe(302);
    expect(finishedA.headers.get('location')).toBe('/a');
  });

  it('keeps at most five pending login-binding cookies per browser', async () => {
    const jar = new CookieJar();
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await startLogin(stack.gatewayUrl, '', jar);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }

    const bindings = jar
      .header(stack.gatewayUrl)
      .split('; ')
      .filter((c) => c.startsWith('qgw_session_login_'));
    expect(bindings).toHaveLength(5);
  });

  it('refuses a callback replayed with the same state', async () => {
    const start = await startLogin(stack.gatewayUrl);
    const callback = await authorize(start, stack.gatewayUrl);
    await finishLogin(start, callback);

    const replay = await finishLogin(start, callback);

    expect(replay.status).toBe(400);
    expect((await json(replay)).code).toBe('login_state_invalid');
  });

  it('refuses a callback delivered to another browser', async () => {
    const victim = await startLogin(stack.gatewayUrl);
    const callback = await authorize(victim, stack.gatewayUrl);

    const attacker = await fetch(callback, { redirect: 'manual' });

    expect(attacker.status).toBe(400);
    expect((await json(attacker)).code).toBe('login_binding_mismatch');
  });

  it('refuses a callback whose iss names another issuer', async () => {
    const start = await startLogin(stack.gatewayUrl);
    const callback = new URL(await authorize(start, stack.gatewayUrl));
    callback.searchParams.set('iss', 'https://evil.example');

    const response = await finishLogin(start, callback.href);

    expect(response.status).toBe(400);
    expect((await json(response)).code).toBe('login_issuer_mismatch');
  });

  it('refuses a callback with a state it never issued', async () => {
    const start = await startLogin(stack.gatewayUrl);
    const response = await finishLogin(
      start,
      `${stack.gatewayUrl}/auth/callback/dev?code=x&state=forged`,
    );

    expect(response.status).toBe(400);
    expect((await json(response)).code).toBe('login_state_invalid');
  });

  it('sends a browser whose login failed to the sign-in page with the reason', async () => {
    const response = await fetch(`${stack.gatewayUrl}/auth/callback/dev?code=x&state=forged`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
      redirect: 'manual',
    });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?login_error=login_state_invalid');
  });

  it('logs out with the CSRF token and refuses logout without it', async () => {
    const user = await signIn(stack.gatewayUrl);
    const cookie = user.jar.header(stack.gatewayUrl);

    const refused = await fetch(`${stack.gatewayUrl}/auth/logout`, {
      method: 'POST',
      headers: { cookie },
    });
    const loggedOut = await user.call('/auth/logout', { method: 'POST' });
    const after = await fetch(`${stack.gatewayUrl}/auth/me`, { headers: { cookie } });

    expect(refused.status).toBe(403);
    expect(loggedOut.status).toBe(204);
    expect(after.status).toBe(401);
  });

  it('ends the provider session after logout with an id_token_hint', async () => {
    const user = await signIn(stack.gatewayUrl);
    await user.call('/auth/logout', { method: 'POST' });

    const response = await fetch(`${stack.gatewayUrl}/auth/end-session`, {
      headers: { cookie: user.jar.header(stack.gatewayUrl) },
      redirect: 'manual',
    });
    const target = new URL(response.headers.get('location') ?? '');

    expect(response.status).toBe(302);
    expect(`${target.origin}${target.pathname}`).toBe(`${stack.idpUrl}/session/end`);
    expect(target.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${stack.gatewayUrl}/`);
  });

  it('ignores the logout ticket on a cross-site navigation to /auth/end-session', async () => {
    const user = await signIn(stack.gatewayUrl);
    await user.call('/auth/logout', { method: 'POST' });

    const response = await fetch(`${stack.gatewayUrl}/auth/end-session`, {
      headers: { cookie: user.jar.header(stack.gatewayUrl), 'sec-fetch-site': 'cross-site' },
      redirect: 'manual',
    });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });

  it('sends a browser without a logout ticket home from /auth/end-session', async () => {
    const response = await fetch(`${stack.gatewayUrl}/auth/end-session`, { redirect: 'manual' });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });
});
