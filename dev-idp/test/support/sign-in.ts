// Drives an authorization-code + PKCE sign-in the way a browser would: start
// at the authorization URL, follow the provider's redirects by hand, fill in
// the sign-in form, and stop at the redirect to the relying party.

import * as client from 'openid-client';

import { formActionOf, IdpBrowser, locationOf } from './idp-browser.js';
import { REDIRECT_URI, SCOPE } from './test-idp.js';

export interface PendingSignIn {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface CompletedSignIn {
  /** The redirect to the relying party, with code, state and iss. */
  callbackUrl: URL;
  /** Paths of the pages the provider showed on the way, in order. */
  pagesShown: string[];
  /** Paths of every interaction the provider sent the browser to, page or not. */
  interactions: string[];
}

export async function beginSignIn(
  config: client.Configuration,
  extra: Record<string, string> = {},
): Promise<PendingSignIn> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, state, nonce, codeVerifier };
}

export async function signIn(
  browser: IdpBrowser,
  start: URL,
  credentials: { login: string; password: string },
): Promise<CompletedSignIn> {
  const pagesShown: string[] = [];
  const interactions: string[] = [];
  let current = start;
  let response = await browser.get(current);

  for (let step = 0; step < 10; step += 1) {
    if (response.status >= 300 && response.status < 400) {
      current = locationOf(response, current);
      if (current.href.startsWith(REDIRECT_URI)) {
        return { callbackUrl: current, pagesShown, interactions };
      }
      if (current.pathname.startsWith('/interaction/')) {
        interactions.push(current.pathname);
      }
      response = await browser.get(current);
      continue;
    }

    if (response.status !== 200) {
      throw new Error(`unexpected ${response.status} at ${current.pathname}`);
    }

    pagesShown.push(current.pathname);
    current = formActionOf(await response.text(), current);
    response = await browser.postForm(current, credentials);
  }

  throw new Error('the sign-in did not reach the relying party in 10 steps');
}
