// A complete sign-in with the relying party library the gateway uses:
// authorization code with PKCE over real HTTP on loopback, then the token,
// refresh, userinfo and revocation endpoints.

import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningDevIdp } from '../src/index.js';
import { IdpBrowser } from './support/idp-browser.js';
import { beginSignIn, signIn, type PendingSignIn } from './support/sign-in.js';
import { CLIENT_ID, CLIENT_SECRET, relyingParty, startTestIdp } from './support/test-idp.js';

const TRADER = { login: 'trader@qenergyz.test', password: 'dev' };

async function exchange(config: client.Configuration, pending: PendingSignIn, callbackUrl: URL) {
  return client.authorizationCodeGrant(config, callbackUrl, {
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    pkceCodeVerifier: pending.codeVerifier,
  });
}

describe('authorization code flow with PKCE', () => {
  let idp: RunningDevIdp;
  let config: client.Configuration;

  beforeAll(async () => {
    idp = await startTestIdp();
    config = await relyingParty(idp);
  });

  afterAll(async () => {
    await idp.close();
  });

  it('signs the trader in and issues an ID token with the qenergyz claims', async () => {
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);

    const tokens = await exchange(config, pending, callbackUrl);
    const claims = tokens.claims();

    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: CLIENT_ID,
      sub: 'u-trader',
      nonce: pending.nonce,
      email: 'trader@qenergyz.test',
      email_verified: true,
      name: 'Tara Trader',
      roles: ['trader'],
      tier: 'basic',
    });
    expect(tokens.token_type).toBe('bearer');
  });

  it('puts code, state and the issuer (RFC 9207) in the redirect to the client', async () => {
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);

    expect(callbackUrl.searchParams.get('iss')).toBe(idp.issuer);
    expect(callbackUrl.searchParams.get('state')).toBe(pending.state);
    expect(callbackUrl.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
  });

  it('needs only the sign-in interaction: consent is implied for the first-party client', async () => {
    const pending = await beginSignIn(config);
    const { pagesShown, interactions } = await signIn(new IdpBrowser(), pending.url, TRADER);

    expect(interactions).toHaveLength(1);
    expect(pagesShown).toEqual(interactions);
    expect(pagesShown[0]).toMatch(/^\/interaction\/[\w-]+$/);
  });

  it('issues a refresh token without offline_access, and refreshing returns new tokens', async () => {
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);
    const tokens = await exchange(config, pending, callbackUrl);

    expect(tokens.refresh_token).toEqual(expect.any(String));
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');

    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.claims()).toMatchObject({ sub: 'u-trader', roles: ['trader'], tier: 'basic' });
  });

  it('answers userinfo with the claims of the granted scopes', async () => {
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);
    const tokens = await exchange(config, pending, callbackUrl);

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, 'u-trader');

    expect(userinfo).toEqual({
      sub: 'u-trader',
      email: 'trader@qenergyz.test',
      email_verified: true,
      name: 'Tara Trader',
      roles: ['trader'],
      tier: 'basic',
    });
  });

  it('signs another fixture user in with the email typed in a different case', async () => {
    const pending = await beginSignIn(config);
    const credentials = { login: 'Risk@Qenergyz.TEST', password: 'dev' };
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, credentials);
    const tokens = await exchange(config, pending, callbackUrl);

    expect(tokens.claims()).toMatchObject({
      sub: 'u-risk',
      roles: ['risk_manager'],
      tier: 'premium',
    });
  });

  it('completes prompt=consent with offline_access without showing a consent page', async () => {
    const pending = await beginSignIn(config, {
      scope: 'openid email profile qenergyz offline_access',
      prompt: 'consent',
    });
    const { callbackUrl, pagesShown, interactions } = await signIn(
      new IdpBrowser(),
      pending.url,
      TRADER,
    );
    const tokens = await exchange(config, pending, callbackUrl);

    expect(interactions).toHaveLength(2);
    expect(pagesShown).toEqual(interactions.slice(0, 1));
    expect(tokens.scope?.split(' ').sort()).toEqual([
      'email',
      'offline_access',
      'openid',
      'profile',
      'qenergyz',
    ]);
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  it('revokes a refresh token for a client authenticating with client_secret_post', async () => {
    const postConfig = await relyingParty(idp, client.ClientSecretPost(CLIENT_SECRET));
    const pending = await beginSignIn(postConfig);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);
    const tokens = await exchange(postConfig, pending, callbackUrl);
    const refreshToken = tokens.refresh_token ?? '';

    await client.tokenRevocation(postConfig, refreshToken);

    await expect(client.refreshTokenGrant(postConfig, refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('rejects the token request of a client with the wrong secret', async () => {
    const pending = await beginSignIn(config);
    const { callbackUrl } = await signIn(new IdpBrowser(), pending.url, TRADER);
    const impostor = await relyingParty(idp, client.ClientSecretBasic('not-the-secret'));

    await expect(exchange(impostor, pending, callbackUrl)).rejects.toMatchObject({
      status: 401,
      cause: [{ scheme: 'basic', parameters: { error: 'invalid_client' } }],
    });
  });
});
