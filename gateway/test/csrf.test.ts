/**
 * CSRF: every /api request and POST /auth/logout needs the session's token
 * in X-CSRF-Token, and state changes must not come from another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { signIn, testGateway } from './support/test-gateway.js';

let gateway: Gateway;
let cookie: string;
let csrfToken: string;

beforeAll(async () => {
  gateway = await testGateway();
  ({ cookie, csrfToken } = await signIn(gateway));
});

afterAll(() => gateway.app.close());

describe('CSRF protection', () => {
  it('answers 401 problem+json to an /api call without a session', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/api/orders' });

    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'authentication_required', status: 401 });
  });

  it.each([
    ['no token', undefined],
    ['an empty token', ''],
    ['a wrong token', 'x'.repeat(43)],
    ['a token one character short', 'short'],
  ])('refuses a POST /api/trades with %s (403)', async (_case, token) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) },
      payload: { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' },
    });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_token_invalid' });
  });

  it('refuses a GET /api call without the token too', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/api/orders',
      headers: { cookie },
    });

    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_token_invalid');
  });

  it('refuses logout without the token and keeps the session', async () => {
    const refused = await gateway.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie },
    });
    const me = await gateway.app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } });

    expect(refused.statusCode).toBe(403);
    expect(me.statusCode).toBe(200);
  });

  it('refuses a state change from another origin even with the right token', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { cookie, 'x-csrf-token': csrfToken, origin: 'https://evil.example' },
      payload: { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' },
    });

    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('origin_not_allowed');
  });

  it.each(['cross-site', 'Cross-Site'])(
    'refuses a state change marked Sec-Fetch-Site: %s',
    async (site) => {
      const response = await gateway.app.inject({
        method: 'POST',
        url: '/auth/logout',
        headers: { cookie, 'x-csrf-token': csrfToken, 'sec-fetch-site': site },
      });

      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('origin_not_allowed');
    },
  );

  it('checks the token before validating the body', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { cookie },
      payload: { nonsense: true },
    });

    expect(response.statusCode).toBe(403);
  });

  it('lets a request with the right token through to validation', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { cookie, 'x-csrf-token': csrfToken, origin: 'http://localhost:8080' },
      payload: { instrument: 'BRENT', side: 'buy', quantity: 0, type: 'market' },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'invalid_request',
      detail: 'body.quantity must be >= 1',
    });
  });
});
