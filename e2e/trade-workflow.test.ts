/**
 * Onboarding, the dashboard and the trade workflow on the real processes,
 * with the EIA price files and the market clock fixed on Friday 10:00 UTC
 * (UK open, Middle East weekend).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { json } from './support/json.js';
import { signIn, type SignedIn } from './support/http-login.js';
import { PRICE_DATA_DIR, startTestStack } from './support/test-stack.js';

let stack: RunningStack;
let trader: SignedIn;

function lastClose(file: string): number {
  const lines = readFileSync(join(PRICE_DATA_DIR, file), 'utf8').trim().split(/\r?\n/);
  return Number(lines.at(-1)?.split(',')[1]);
}

function trade(user: SignedIn, body: Record<string, unknown>) {
  return user.call('/api/trades', { method: 'POST', body: JSON.stringify(body) });
}

function onboard(user: SignedIn, jurisdiction: string) {
  return user.call('/api/onboarding', {
    method: 'POST',
    body: JSON.stringify({
      company: 'Atlantic Energy Trading',
      jurisdiction,
      termsVersion: '2026-01',
    }),
  });
}

beforeAll(async () => {
  stack = await startTestStack();
  trader = await signIn(stack.gatewayUrl);
});

afterAll(() => stack?.stop());

describe('before onboarding', () => {
  it('refuses a trade with 403 onboarding_required', async () => {
    const response = await trade(trader, {
      instrument: 'BRENT',
      side: 'buy',
      quantity: 1,
      type: 'market',
    });

    expect(response.status).toBe(403);
    expect((await json(response)).code).toBe('onboarding_required');
  });

  it('offers the terms version and the five jurisdictions', async () => {
    const response = await trader.call('/api/onboarding');
    const body = await json(response);

    expect(response.status).toBe(200);
    expect(body.termsVersion).toBe('2026-01');
    expect(body.onboarded).toBe(false);
    expect(body.jurisdictions.map((j: { code: string }) => j.code)).toEqual([
      'ME',
      'US',
      'UK',
      'EU',
      'GY',
    ]);
  });

  it('refuses an outdated terms version with 422 and keeps the user not onboarded', async () => {
    const response = await trader.call('/api/onboarding', {
      method: 'POST',
      body: JSON.stringify({ company: 'X', jurisdiction: 'UK', termsVersion: '2019-01' }),
    });
    const me = await json(await trader.call('/auth/me'));

    expect(response.status).toBe(422);
    expect((await json(response)).detail).toContain('2026-01');
    expect(me.user.onboarded).toBe(false);
  });
});

describe('after onboarding in the UK', () => {
  beforeAll(async () => {
    const response = await onboard(trader, 'UK');
    expect(response.status).toBe(200);
  });

  it('records the jurisdiction in the session', async () => {
    const me = await json(await trader.call('/auth/me'));

    expect(me.user).toMatchObject({
      onboarded: true,
      jurisdiction: 'UK',
      company: 'Atlantic Energy Trading',
    });
  });

  it('fills a BRENT market order at the current quote', async () => {
    const response = await trade(trader, {
      instrument: 'BRENT',
      side: 'buy',
      quantity: 2,
      type: 'market',
    });
    const { order } = await json(response);

    expect(response.status).toBe(201);
    expect(order).toMatchObject({
      instrument: 'BRENT',
      side: 'buy',
      quantity: 2,
      type: 'market',
      status: 'filled',
      fillPrice: lastClose('brent-daily.csv'),
    });
    expect(order.id).toMatch(/^ord_/);
  });

  it('shows the order and the position', async () => {
    const orders = await json(await trader.call('/api/orders'));
    const portfolio = await json(await trader.call('/api/portfolio'));

    expect(orders.orders[0]).toMatchObject({ instrument: 'BRENT', status: 'filled', quantity: 2 });
    expect(portfolio.positions).toEqual([
      expect.objectContaining({
        instrument: 'BRENT',
        quantity: 2,
        averagePrice: lastClose('brent-daily.csv'),
        marketPrice: lastClose('brent-daily.csv'),
        unrealizedPnl: 0,
      }),
    ]);
  });

  it('aggregates positions, P&L, VaR and quotes in one dashboard response', async () => {
    const response = await trader.call('/api/dashboard');
    const body = await json(response);

    expect(response.status).toBe(200);
    expect(body.missing).toEqual([]);
    expect(body.positions).toHaveLength(1);
    expect(body.pnl).toMatchObject({ unrealized: 0, currency: 'USD' });
    expect(body.var.var95).toBeGreaterThan(0);
    expect(body.var.var99).toBeGreaterThan(body.var.var95);
    expect(body.quotes.map((q: { symbol: string }) => q.symbol).sort()).toEqual([
      'BRENT',
      'HH',
      'WTI',
    ]);
  });

  it('refuses a trade beyond the risk and position limits with every reason', async () => {
    const response = await trade(trader, {
      instrument: 'BRENT',
      side: 'buy',
      quantity: 5000,
      type: 'market',
    });
    const body = await json(response);

    expect(response.status).toBe(422);
    expect(body.code).toBe('trade_rejected');
    expect(body.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'risk', rule: 'var_limit' }),
        expect.objectContaining({ source: 'compliance', rule: 'position_limit' }),
      ]),
    );
    const orders = await json(await trader.call('/api/orders'));
    expect(orders.orders).toHaveLength(1);
  });

  it('refuses an unknown instrument with 422', async () => {
    const response = await trade(trader, {
      instrument: 'GOLD',
      side: 'buy',
      quantity: 1,
      type: 'market',
    });

    expect(response.status).toBe(422);
    expect((await json(response)).detail).toContain('GOLD');
  });
});

describe('a Middle East trader on a Friday', () => {
  it('is refused by compliance with the weekend rule', async () => {
    const omar = await signIn(stack.gatewayUrl, {
      login: 'trader.me@qenergyz.test',
      password: 'dev',
    });
    expect((await onboard(omar, 'ME')).status).toBe(200);

    const response = await trade(omar, {
      instrument: 'WTI',
      side: 'buy',
      quantity: 1,
      type: 'market',
    });
    const body = await json(response);

    expect(response.status).toBe(422);
    expect(body.reasons).toEqual([
      expect.objectContaining({ source: 'compliance', rule: 'weekend' }),
    ]);
    expect(body.detail).toContain('Friday');
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and never executes twice', async () => {
    const before = (await json(await trader.call('/api/orders'))).orders.length;
    const body = JSON.stringify({ instrument: 'HH', side: 'buy', quantity: 1, type: 'market' });
    const headers = { 'idempotency-key': 'ticket-7f3a9c' };

    const first = await trader.call('/api/trades', { method: 'POST', body, headers });
    const again = await trader.call('/api/trades', { method: 'POST', body, headers });
    const orders = (await json(await trader.call('/api/orders'))).orders;

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await json(again)).order.id).toBe((await json(first)).order.id);
    expect(orders).toHaveLength(before + 1);
  });

  it('refuses the same key for a different trade', async () => {
    const headers = { 'idempotency-key': 'ticket-7f3a9c' };
    const body = JSON.stringify({ instrument: 'HH', side: 'buy', quantity: 2, type: 'market' });

    const response = await trader.call('/api/trades', { method: 'POST', body, headers });

    expect(response.status).toBe(422);
    expect((await json(response)).code).toBe('idempotency_key_reused');
  });
});

describe('concurrent trades of one user', () => {
  let admin: SignedIn;

  beforeAll(async () => {
    admin = await signIn(stack.gatewayUrl, { login: 'admin@qenergyz.test', password: 'dev' });
    expect((await onboard(admin, 'UK')).status).toBe(200);
  });

  it('are checked one after another, so together they cannot pass the limits', async () => {
    const order = { instrument: 'WTI', side: 'buy', quantity: 200, type: 'market' };

    const answers = await Promise.all(Array.from({ length: 6 }, () => trade(admin, order)));
    const statuses = answers.map((a) => a.status);
    const dashboard = await json(await admin.call('/api/dashboard'));

    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    expect(statuses.filter((s) => s === 422)).toHaveLength(4);
    expect(statuses.every((s) => s === 201 || s === 422)).toBe(true);
    expect(dashboard.positions[0].quantity).toBeLessThanOrEqual(1000);
    expect(dashboard.var.var99).toBeLessThanOrEqual(5_000_000);
  });

  it('count resting limit orders against the limits', async () => {
    // Two of the six trades above filled (400 WTI lots, VaR99 about 3.75 M of the 5 M limit):
    // 80 more lots fit, 160 more do not.
    const resting = { instrument: 'WTI', side: 'buy', quantity: 80, type: 'limit', limitPrice: 1 };

    const first = await trade(admin, resting);
    const second = await trade(admin, resting);

    const placed = await json(first);
    expect(placed.order.status).toBe('open');
    expect(second.status).toBe(422);
    expect((await json(second)).reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'var_limit' })]),
    );
  });
});

describe('market data', () => {
  it('keeps the negative WTI settlement of 2020-04-20', async () => {
    const response = await trader.call('/api/market/prices/WTI?from=2020-04-17&to=2020-04-21');
    const body = await json(response);

    expect(body.prices).toEqual([
      { date: '2020-04-17', price: 18.31 },
      { date: '2020-04-20', price: -36.98 },
      { date: '2020-04-21', price: 8.91 },
    ]);
  });

  it('skips the Henry Hub day with an empty price', async () => {
    const response = await trader.call('/api/market/prices/HH?from=2018-01-04&to=2018-01-08');
    const dates = (await json(response)).prices.map((p: { date: string }) => p.date);

    expect(dates).not.toContain('2018-01-05');
    expect(dates.length).toBeGreaterThan(0);
  });

  it('answers a malformed date with 400 naming the field', async () => {
    const response = await trader.call('/api/market/prices/WTI?from=yesterday');

    expect(response.status).toBe(400);
    expect((await json(response)).detail).toContain('querystring.from');
  });
});

describe('services', () => {
  it('refuse a call without an identity assertion', async () => {
    for (const url of Object.values(stack.serviceUrls)) {
      const response = await fetch(`${url}/instruments`);
      expect(response.status).toBe(401);
    }
  });
});
