import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QuoteSource } from '../../src/market-data/quote-source.js';
import { SqliteTradingStore } from '../../src/storage/sqlite-trading-store.js';
import { buildTradingApp } from '../../src/trading/app.js';
import {
  createGatewaySigner,
  type AssertionClaims,
  type GatewaySigner,
} from '../support/gateway-signer.js';
import { smallHistory } from '../support/price-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-01-12T10:00:00.000Z');
const temp = makeTempDir('trading-app');
let signer: GatewaySigner;
let app: FastifyInstance;
let quotes: QuoteSource;
let userCounter = 0;

beforeAll(async () => {
  signer = await createGatewaySigner();
  quotes = new QuoteSource(smallHistory(), () => NOW);
  app = buildTradingApp({
    identity: signer.identity,
    store: new SqliteTradingStore(join(temp.path, 'trading.sqlite')),
    quotes,
    clock: { now: () => NOW },
  });
});

afterAll(async () => {
  await app.close();
  temp.remove();
});

/** Each test trades as a fresh user so books never mix. */
function newUser(claims: Partial<AssertionClaims> = {}) {
  userCounter += 1;
  const sub = `trader-${userCounter}`;
  const headers = async () => signer.bearer('trading', { sub, ...claims });
  return {
    sub,
    post: async (body: unknown) =>
      app.inject({
        method: 'POST',
        url: '/orders',
        headers: await headers(),
        payload: body as object,
      }),
    get: async (url: string) => app.inject({ method: 'GET', url, headers: await headers() }),
    cancel: async (id: string) =>
      app.inject({ method: 'DELETE', url: `/orders/${id}`, headers: await headers() }),
  };
}

const marketBuy = { instrument: 'BRENT', side: 'buy', quantity: 10, type: 'market', price: 80 };

describe('trading: placing orders', () => {
  it('fills a market order at once at the quoted price', async () => {
    const response = await newUser().post(marketBuy);

    expect(response.statusCode).toBe(201);
    const { order } = response.json();
    expect(order).toEqual({
      id: expect.stringMatching(/^ord_[0-9a-f]{24}$/),
      instrument: 'BRENT',
      side: 'buy',
      quantity: 10,
      type: 'market',
      limitPrice: null,
      status: 'filled',
      fillPrice: 80,
      clientOrderId: null,
      createdAt: NOW.toISOString(),
      filledAt: NOW.toISOString(),
      cancelledAt: null,
    });
  });

  it('fills a marketable limit order at the quote, not at the limit', async () => {
    const response = await newUser().post({
      ...marketBuy,
      type: 'limit',
      limitPrice: 81,
      price: 80,
    });
    expect(response.json().order).toMatchObject({
      status: 'filled',
      fillPrice: 80,
      limitPrice: 81,
    });
  });

  it('rests a limit order that is not marketable', async () => {
    const sell = {
      instrument: 'WTI',
      side: 'sell',
      quantity: 2,
      type: 'limit',
      limitPrice: 90,
      price: 78,
    };
    const response = await newUser().post(sell);
    expect(response.statusCode).toBe(201);
    expect(response.json().order).toMatchObject({
      status: 'open',
      fillPrice: null,
      filledAt: null,
    });
  });

  it('accepts a negative quoted price', async () => {
    const response = await newUser().post({ ...marketBuy, instrument: 'WTI', price: -36.98 });
    expect(response.json().order).toMatchObject({ status: 'filled', fillPrice: -36.98 });
  });

  it('requires the trader or admin role', async () => {
    const response = await newUser({ roles: ['risk_manager'] }).post(marketBuy);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'role_required',
      detail: 'this action requires one of the roles trader, admin',
    });
    expect((await newUser({ roles: ['admin'] }).post(marketBuy)).statusCode).toBe(201);
  });

  it('requires a jurisdiction, that is finished onboarding', async () => {
    const response = await newUser({ jurisdiction: null }).post(marketBuy);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('onboarding_required');
  });
});

describe('trading: clientOrderId', () => {
  it('returns the first order when the same order is resubmitted', async () => {
    const user = newUser();
    const first = await user.post({ ...marketBuy, clientOrderId: 'c-1' });
    const again = await user.post({ ...marketBuy, clientOrderId: 'c-1' });

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().order).toEqual(first.json().order);
    expect((await user.get('/positions')).json().positions[0].quantity).toBe(10);
  });

  it('refuses a reused clientOrderId with other terms', async () => {
    const user = newUser();
    await user.post({ ...marketBuy, clientOrderId: 'c-2' });
    const response = await user.post({ ...marketBuy, quantity: 11, clientOrderId: 'c-2' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('client_order_id_conflict');
  });

  it('keeps clientOrderIds separate per user', async () => {
    await newUser().post({ ...marketBuy, clientOrderId: 'shared' });
    expect((await newUser().post({ ...marketBuy, clientOrderId: 'shared' })).statusCode).toBe(201);
  });
});

describe('trading: positions', () => {
  it('nets fills into positions with average price, realized and unrealized P&L', async () => {
    const user = newUser();
    await user.post({ ...marketBuy, quantity: 10, price: 80 });
    await user.post({ ...marketBuy, quantity: 30, price: 84 });
    await user.post({ ...marketBuy, side: 'sell', quantity: 20, price: 85 });
    await user.post({ instrument: 'HH', side: 'sell', quantity: 1, type: 'market', price: 3.5 });

    const response = await user.get('/positions');

    expect(response.statusCode).toBe(200);
    // BRENT: avg 83, 20 lots sold at 85 book 40,000; 20 lots left marked at 80.
    // HH: short 1 lot at 3.5 marked at 3.75: 1 x 10,000 x -0.25.
    expect(response.json()).toEqual({
      positions: [
        {
          instrument: 'BRENT',
          quantity: 20,
          averagePrice: 83,
          realizedPnl: 40_000,
          markPrice: 80,
          unrealizedPnl: -60_000,
        },
        {
          instrument: 'HH',
          quantity: -1,
          averagePrice: 3.5,
          realizedPnl: 0,
          markPrice: 3.75,
          unrealizedPnl: -2_500,
        },
      ],
    });
  });

  it('keeps a closed position listed at zero lots with its realized P&L', async () => {
    const user = newUser();
    await user.post({ ...marketBuy, quantity: 2, price: 80 });
    await user.post({ ...marketBuy, side: 'sell', quantity: 2, price: 82 });

    expect((await user.get('/positions')).json().positions).toEqual([
      {
        instrument: 'BRENT',
        quantity: 0,
        averagePrice: 0,
        realizedPnl: 4_000,
        markPrice: 80,
        unrealizedPnl: 0,
      },
    ]);
  });

  it('never shows one user the book of another', async () => {
    await newUser().post(marketBuy);
    expect((await newUser().get('/positions')).json()).toEqual({ positions: [] });
    expect((await newUser().get('/orders')).json()).toEqual({ orders: [] });
  });
});

describe('trading: listing and cancelling orders', () => {
  it('lists orders newest first and honours the limit', async () => {
    const user = newUser();
    for (const quantity of [1, 2, 3]) await user.post({ ...marketBuy, quantity });

    const all = (await user.get('/orders')).json().orders;
    const two = (await user.get('/orders?limit=2')).json().orders;

    expect(all.map((o: { quantity: number }) => o.quantity)).toEqual([3, 2, 1]);
    expect(two.map((o: { quantity: number }) => o.quantity)).toEqual([3, 2]);
  });

  it('lists every open order of the user, however many orders came after it', async () => {
    const user = newUser();
    const resting = {
      instrument: 'WTI',
      side: 'buy',
      quantity: 5,
      type: 'limit',
      limitPrice: 1,
      price: 80,
    };
    const first = (await user.post(resting)).json().order;
    for (let i = 0; i < 3; i += 1) await user.post(marketBuy);
    const other = newUser();
    await other.post(resting);

    const response = await user.get('/orders/open');

    expect(response.statusCode).toBe(200);
    expect(response.json().orders.map((o: { id: string }) => o.id)).toEqual([first.id]);
  });

  it('rejects a limit outside 1..1000 naming the field', async () => {
    const response = await newUser().get('/orders?limit=5000');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe(
      'querystring.limit must be an integer from 1 to 1000, got 5000',
    );
  });

  it('cancels an open order', async () => {
    const user = newUser();
    const open = (await user.post({ ...marketBuy, type: 'limit', limitPrice: 70 })).json().order;

    const response = await user.cancel(open.id);

    expect(response.statusCode).toBe(200);
    expect(response.json().order).toMatchObject({
      id: open.id,
      status: 'cancelled',
      cancelledAt: NOW.toISOString(),
    });
  });

  it('answers 409 order_not_cancellable for a filled or cancelled order', async () => {
    const user = newUser();
    const filled = (await user.post(marketBuy)).json().order;
    const open = (await user.post({ ...marketBuy, type: 'limit', limitPrice: 70 })).json().order;
    await user.cancel(open.id);

    const filledResponse = await user.cancel(filled.id);
    expect(filledResponse.statusCode).toBe(409);
    expect(filledResponse.json()).toMatchObject({
      code: 'order_not_cancellable',
      detail: `order ${filled.id} is filled; only open orders can be cancelled`,
    });
    expect((await user.cancel(open.id)).statusCode).toBe(409);
  });

  it('answers 404 for an order of another user or an unknown id', async () => {
    const open = (await newUser().post({ ...marketBuy, type: 'limit', limitPrice: 70 })).json()
      .order;
    const other = newUser();

    expect((await other.cancel(open.id)).statusCode).toBe(404);
    expect((await other.cancel('ord_unknown')).json().code).toBe('order_unknown');
  });
});

describe('trading: resting limit orders', () => {
  it('fills when the quote moves through the limit, at the new quote', async () => {
    const user = newUser();
    const open = (
      await user.post({
        ...marketBuy,
        instrument: 'HH',
        type: 'limit',
        limitPrice: 3.2,
        price: 3.75,
      })
    ).json().order;

    quotes.update('HH', 3.3);
    quotes.update('HH', 3.15, new Date('2026-01-12T10:05:00Z'));

    const order = await vi.waitFor(async () => {
      const [latest] = (await user.get('/orders')).json().orders;
      expect(latest.status).toBe('filled');
      return latest;
    });
    expect(order).toMatchObject({
      id: open.id,
      status: 'filled',
      fillPrice: 3.15,
      filledAt: '2026-01-12T10:05:00.000Z',
    });
    expect((await user.get('/positions')).json().positions[0]).toMatchObject({
      instrument: 'HH',
      quantity: 10,
      averagePrice: 3.15,
    });
  });
});

describe('trading: bad input never reaches the book', () => {
  it.each([
    [{ ...marketBuy, quantity: '5' }, 'body.quantity must be of type integer'],
    [{ ...marketBuy, quantity: 2.5 }, 'body.quantity must be of type integer'],
    [{ ...marketBuy, quantity: -1 }, 'body.quantity must be >= 1'],
    [{ ...marketBuy, quantity: 0 }, 'body.quantity must be >= 1'],
    [{ ...marketBuy, quantity: 100_001 }, 'body.quantity must be <= 100000'],
    [{ ...marketBuy, quantity: 1e300 }, 'body.quantity must be <= 100000'],
    [{ ...marketBuy, price: 'NaN' }, 'body.price must be of type number'],
    [{ ...marketBuy, price: null }, 'body.price must be of type number'],
    [{ ...marketBuy, instrument: 'GOLD' }, 'body.instrument must be one of "BRENT", "WTI", "HH"'],
    [{ ...marketBuy, side: 'short' }, 'body.side must be one of "buy", "sell"'],
    [{ ...marketBuy, userId: 'someone-else' }, 'body.userId is not an allowed property'],
    [
      { ...marketBuy, clientOrderId: 'x'.repeat(65) },
      'body.clientOrderId must NOT have more than 64 characters',
    ],
    [{ ...marketBuy, type: 'limit' }, 'body.limitPrice is required for a limit order'],
    [{ ...marketBuy, limitPrice: 70 }, 'body.limitPrice is only allowed on a limit order'],
    [{ instrument: 'BRENT' }, 'body.side is required'],
    [[marketBuy], 'body must be of type object'],
  ])('answers 400 invalid_request for %j', async (body, detail) => {
    const response = await newUser().post(body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(response.json().detail).toContain(detail);
  });

  it('answers 400 for a missing body', async () => {
    const headers = await signer.bearer('trading');
    const response = await app.inject({ method: 'POST', url: '/orders', headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('body must be of type object');
  });

  it('answers 400 for malformed JSON', async () => {
    const headers = { ...(await signer.bearer('trading')), 'content-type': 'application/json' };
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers,
      payload: '{"instrument":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid_request');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const headers = { ...(await signer.bearer('trading')), 'content-type': 'text/plain' };
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers,
      payload: 'buy 10',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const response = await newUser().post({ ...marketBuy, clientOrderId: 'x'.repeat(70_000) });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });
});
