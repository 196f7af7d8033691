// Authorization requests the provider must refuse: PKCE other than S256,
// no PKCE at all, and redirect URIs the client did not register. Errors with
// a trusted redirect URI go back to the client (RFC 6749 section 4.1.2.1);
// an untrusted redirect URI is never redirected to.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningDevIdp } from '../src/index.js';
import { IdpBrowser, locationOf } from './support/idp-browser.js';
import { CLIENT_ID, REDIRECT_URI, SCOPE, startTestIdp } from './support/test-idp.js';

// RFC 7636 appendix B
const VERIFIER = 'dBjftJeZ4CVP-mJ92K9ud2D-mpyNrCM-wMoNGFiLRLE';
const S256_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('authorization request policy', () => {
  let idp: RunningDevIdp;

  beforeAll(async () => {
    idp = await startTestIdp();
  });

  afterAll(async () => {
    await idp.close();
  });

  function authorizationUrl(overrides: Record<string, string | undefined>): URL {
    const url = new URL('/auth', idp.issuer);
    const params: Record<string, string | undefined> = {
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: SCOPE,
      state: 'state-1',
      nonce: 'nonce-1',
      code_challenge: S256_CHALLENGE,
      code_challenge_method: 'S256',
      ...overrides,
    };
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) {
        url.searchParams.set(name, value);
      }
    }
    return url;
  }

  async function errorRedirect(url: URL): Promise<URLSearchParams> {
    const response = await new IdpBrowser().get(url);
    expect(response.status).toBe(303);
    const location = locationOf(response, url);
    expect(location.href.startsWith(`${REDIRECT_URI}?`)).toBe(true);
    return location.searchParams;
  }

  it('accepts the baseline request and sends the browser to the sign-in interaction', async () => {
    const url = authorizationUrl({});
    const response = await new IdpBrowser().get(url);

    expect(response.status).toBe(303);
    expect(locationOf(response, url).pathname).toMatch(/^\/interaction\/[\w-]+$/);
  });

  it('refuses code_challenge_method=plain', async () => {
    const params = await errorRedirect(
      authorizationUrl({ code_challenge: VERIFIER, code_challenge_method: 'plain' }),
    );

    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toBe('not supported value of code_challenge_method');
    expect(params.get('state')).toBe('state-1');
    expect(params.get('iss')).toBe(idp.issuer);
  });

  it('refuses a request without a code_challenge', async () => {
    const params = await errorRedirect(
      authorizationUrl({ code_challenge: undefined, code_challenge_method: undefined }),
    );

    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toBe(
      'Authorization Server policy requires PKCE to be used for this request',
    );
  });

  it('refuses the implicit response type, answering in the fragment', async () => {
    const url = authorizationUrl({ response_type: 'id_token' });
    const response = await new IdpBrowser().get(url);
    const location = locationOf(response, url);

    expect(response.status).toBe(303);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(new URLSearchParams(location.hash.slice(1)).get('error')).toBe(
      'unsupported_response_type',
    );
  });

  it('refuses an unregistered redirect_uri with an error page and no redirect', async () => {
    const response = await new IdpBrowser().get(
      authorizationUrl({ redirect_uri: 'http://127.0.0.1:9/elsewhere' }),
    );
    const body = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(body).toContain('<dd>invalid_redirect_uri</dd>');
    expect(body).toContain(
      '<dd>redirect_uri did not match any of the client&#39;s registered redirect_uris</dd>',
    );
  });

  it('refuses an unknown client with an error page and no redirect', async () => {
    const response = await new IdpBrowser().get(authorizationUrl({ client_id: 'someone-else' }));

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('<dd>invalid_client</dd>');
  });
});
