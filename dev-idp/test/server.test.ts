// startDevIdp as a server: where it listens, the issuer it announces, the
// cookies it sets over plain HTTP, invalid options, and closing.

import { describe, expect, it } from 'vitest';

import { DevIdpError } from '../src/index.js';
import { IdpBrowser, locationOf } from './support/idp-browser.js';
import { CLIENT_ID, REDIRECT_URI, startTestIdp } from './support/test-idp.js';

describe('startDevIdp', () => {
  it('derives the issuer from the bound port when none is given', async () => {
    const idp = await startTestIdp();
    try {
      expect(idp.port).toBeGreaterThan(0);
      expect(idp.url).toBe(`http://127.0.0.1:${idp.port}`);
      expect(idp.issuer).toBe(`http://127.0.0.1:${idp.port}`);
    } finally {
      await idp.close();
    }
  });

  it('announces the configured issuer, with endpoints on the host the request used', async () => {
    const idp = await startTestIdp({ issuer: 'http://idp.qenergyz.test:4010' });
    try {
      const response = await fetch(`${idp.url}/.well-known/openid-configuration`);
      const discovery = (await response.json()) as { issuer: string; token_endpoint: string };

      expect(idp.issuer).toBe('http://idp.qenergyz.test:4010');
      expect(discovery.issuer).toBe('http://idp.qenergyz.test:4010');
      expect(discovery.token_endpoint).toBe(`${idp.url}/token`);
    } finally {
      await idp.close();
    }
  });

  it('sets HttpOnly, SameSite=Lax cookies without Secure over plain HTTP', async () => {
    const idp = await startTestIdp();
    try {
      const url = new URL('/auth', idp.issuer);
      url.search = new URLSearchParams({
        client_id: CLIENT_ID,
        response_type: 'code',
        redirect_uri: REDIRECT_URI,
        scope: 'openid',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }).toString();
      const response = await new IdpBrowser().get(url);
      const cookies = response.headers.getSetCookie();

      expect(locationOf(response, url).pathname).toMatch(/^\/interaction\//);
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/^qdevidp_interaction(_resume)?(\.sig)?=/);
        expect(cookie).toMatch(/; samesite=lax/i);
        expect(cookie).toMatch(/; httponly/i);
        expect(cookie).not.toMatch(/; secure/i);
      }
    } finally {
      await idp.close();
    }
  });

  it('rejects invalid options with DEV_IDP_ERR_CONFIG naming each option', async () => {
    const start = startTestIdp({ port: -1, redirectUris: [] });

    await expect(start).rejects.toBeInstanceOf(DevIdpError);
    await expect(start).rejects.toMatchObject({
      code: 'DEV_IDP_ERR_CONFIG',
      problems: [
        'port must be an integer from 0 to 65535, got -1',
        'redirectUris must list at least one URL, got []',
      ],
    });
  });

  it('rejects with DEV_IDP_ERR_LISTEN when the port is taken', async () => {
    const first = await startTestIdp();
    try {
      await expect(startTestIdp({ port: first.port })).rejects.toMatchObject({
        code: 'DEV_IDP_ERR_LISTEN',
        message: `cannot listen on 127.0.0.1:${first.port}: the port is already in use; stop the other process or choose another port`,
      });
    } finally {
      await first.close();
    }
  });

  it('stops accepting connections once closed, and closing twice is harmless', async () => {
    const idp = await startTestIdp();
    const discovery = `${idp.url}/.well-known/openid-configuration`;
    expect((await fetch(discovery)).status).toBe(200);

    await idp.close();
    await idp.close();

    await expect(fetch(discovery)).rejects.toThrow(TypeError);
  });
});
