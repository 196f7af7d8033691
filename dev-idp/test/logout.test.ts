// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): with a valid
// id_token_hint for the signed-in user the confirmation submits itself and
// the provider session ends; otherwise the user is asked first.

import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningDevIdp } from '../src/index.js';
import { formActionOf, hiddenInputOf, IdpBrowser, locationOf } from './support/idp-browser.js';
import { beginSignIn, signIn } from './support/sign-in.js';
import { POST_LOGOUT_REDIRECT_URI, relyingParty, startTestIdp } from './support/test-idp.js';

describe('RP-initiated logout', () => {
  let idp: RunningDevIdp;
  let config: client.Configuration;

  beforeAll(async () => {
    idp = await startTestIdp();
    config = await relyingParty(idp);
  });

  afterAll(async () => {
    await idp.close();
  });

  async function signedIn(login = 'compliance@qenergyz.test') {
    const browser = new IdpBrowser();
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(browser, pending.url, { login, password: 'dev' });
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      pkceCodeVerifier: pending.codeVerifier,
    });
    return { browser, tokens };
  }

  it('submits the confirmation itself when the request carries an id_token_hint', async () => {
    const { browser, tokens } = await signedIn();
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
      state: 'bye-1',
    });

    const page = await browser.get(endSession);
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(html).toContain('document.forms[0].submit()');
    expect(html).toContain('<input type="hidden" form="op.logoutForm" name="logout" value="yes">');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[\w+/=]+'/);
  });

  it('ends the session, redirects to the post-logout URI with state, and kills the refresh token', async () => {
    const { browser, tokens } = await signedIn();
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
      state: 'bye-2',
    });
    const html = await (await browser.get(endSession)).text();
    const confirm = formActionOf(html, endSession);

    const response = await browser.postForm(confirm, {
      xsrf: hiddenInputOf(html, 'xsrf'),
      logout: 'yes',
    });

    expect(response.status).toBe(303);
    expect(locationOf(response, confirm).href).toBe(`${POST_LOGOUT_REDIRECT_URI}?state=bye-2`);
    await expect(
      client.refreshTokenGrant(config, tokens.refresh_token ?? ''),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('asks for confirmation when the request has no id_token_hint', async () => {
    const { browser } = await signedIn();
    const endSession = new URL('/session/end', idp.issuer);

    const page = await browser.get(endSession);
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(html).toContain('Yes, sign me out');
    expect(html).toContain('No, stay signed in');
    expect(html).not.toContain('<script>');
  });

  it('asks for confirmation when the id_token_hint names another user', async () => {
    const { tokens: othersTokens } = await signedIn('admin@qenergyz.test');
    const { browser } = await signedIn('trader@qenergyz.test');
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: othersTokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
    });

    const html = await (await browser.get(endSession)).text();

    expect(html).toContain('Yes, sign me out');
    expect(html).not.toContain('<script>');
  });

  it('refuses a post_logout_redirect_uri the client did not register', async () => {
    const { browser, tokens } = await signedIn();
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: 'http://127.0.0.1:9/not-registered',
    });

    const response = await browser.get(endSession);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<dd>post_logout_redirect_uri not registered</dd>');
  });
});
