import { describe, expect, it } from 'vitest';
import { createGatewayApi, newIdempotencyKey } from '../src/api/gateway-api';
import { createHttpClient } from '../src/api/http-client';
import { createFakeFetch, jsonResponse, noContent } from './fake-fetch';

const ME = {
  user: {
    id: 'u1',
    email: 'tara@example.com',
    name: 'Tara',
    roles: ['trader'],
    tier: 'basic',
    jurisdiction: 'UK',
    company: 'Acme',
    onboarded: true,
  },
  csrfToken: 'csrf-from-me',
  session: { provider: 'dev', createdAt: '', expiresAt: '', idleExpiresAt: '' },
};

function setup() {
  const fake = createFakeFetch();
  const http = createHttpClient(fake.fetch);
  let counter = 0;
  const api = createGatewayApi(http, () => `key-${++counter}`);
  return { fake, http, api };
}

describe('gateway api', () => {
  it('arms the client with the CSRF token from /auth/me', async () => {
    const { fake, api } = setup();
    fake.answer(jsonResponse(200, ME), jsonResponse(200, { orders: [] }));

    await api.getMe();
    await api.getOrders();

    expect(fake.calls[1]?.headers['X-CSRF-Token']).toBe('csrf-from-me');
  });

  it('sends a different Idempotency-Key with every trade submission', async () => {
    const { fake, api } = setup();
    const order = { id: 'o1', status: 'filled' };
    fake.answer(jsonResponse(201, { order }), jsonResponse(201, { order }));
    const trade = { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' } as const;

    await api.placeTrade(trade);
    await api.placeTrade(trade);

    expect(fake.calls.map((call) => call.headers['Idempotency-Key'])).toEqual(['key-1', 'key-2']);
    expect(fake.calls[0]?.body).toEqual(trade);
  });

  it('drops the CSRF token after signing out', async () => {
    const { fake, http, api } = setup();
    fake.answer(jsonResponse(200, ME), noContent());

    await api.getMe();
    await api.logout();

    expect(fake.calls[1]).toMatchObject({ url: '/auth/logout', method: 'POST' });
    expect(fake.calls[1]?.headers['X-CSRF-Token']).toBe('csrf-from-me');
    expect(http.hasCsrfToken()).toBe(false);
  });

  it('encodes the provider and the returnTo path in the login URL', () => {
    const { api } = setup();

    expect(api.loginUrl('dev', '/?tab=orders&x=1')).toBe(
      '/auth/login/dev?returnTo=%2F%3Ftab%3Dorders%26x%3D1',
    );
  });

  it('fills the parts of a partial dashboard that a missing service left out', async () => {
    const { fake, api } = setup();
    fake.answer(jsonResponse(200, { quotes: [], missing: ['risk', 'trading'] }));

    expect(await api.getDashboard()).toEqual({
      positions: [],
      pnl: null,
      var: null,
      quotes: [],
      missing: ['risk', 'trading'],
    });
  });

  it('asks for prices from a date with the symbol and date encoded', async () => {
    const { fake, api } = setup();
    fake.answer(jsonResponse(200, { symbol: 'WTI', prices: [] }));

    await api.getPrices('WTI', '2020-01-01');

    expect(fake.calls[0]?.url).toBe('/api/market/prices/WTI?from=2020-01-01');
  });
});

describe('newIdempotencyKey', () => {
  it('returns a version 4 UUID', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
