import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { QuoteSource } from '../../src/market-data/quote-source.js';
import { SqliteTradingStore } from '../../src/storage/sqlite-trading-store.js';
import type { NewOrder } from '../../src/storage/trading-store.js';
import {
  startLimitOrderMatcher,
  type LimitOrderMatcher,
} from '../../src/trading/limit-order-matcher.js';
import { smallHistory } from '../support/price-data.js';
import { makeTempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-01-12T10:00:00.000Z');
let temp: ReturnType<typeof makeTempDir>;
let store: SqliteTradingStore;
let quotes: QuoteSource;
let matcher: LimitOrderMatcher;

beforeEach(() => {
  temp = makeTempDir('matcher');
  store = new SqliteTradingStore(join(temp.path, 'trading.sqlite'));
  quotes = new QuoteSource(smallHistory(), () => NOW);
  matcher = startLimitOrderMatcher(quotes, store, Fastify().log);
});

afterEach(async () => {
  matcher.stop();
  await store.close();
  temp.remove();
});

function limitOrder(id: string, side: 'buy' | 'sell', limitPrice: number): NewOrder {
  return {
    id,
    userId: 'u1',
    instrument: 'WTI',
    side,
    quantity: 1,
    type: 'limit',
    limitPrice,
    clientOrderId: null,
    createdAt: NOW.toISOString(),
  };
}

async function statuses() {
  const orders = await store.listOrders('u1', 10);
  return Object.fromEntries(orders.map((o) => [o.id, [o.status, o.fillPrice]]));
}

describe('limit order matcher', () => {
  it('fills buys at or below their limit and sells at or above, at the quote', async () => {
    await store.placeOrder(limitOrder('buy-76', 'buy', 76), null);
    await store.placeOrder(limitOrder('buy-70', 'buy', 70), null);
    await store.placeOrder(limitOrder('sell-80', 'sell', 80), null);

    quotes.update('WTI', 76);
    await matcher.idle();

    expect(await statuses()).toEqual({
      'buy-76': ['filled', 76],
      'buy-70': ['open', null],
      'sell-80': ['open', null],
    });

    quotes.update('WTI', 80.5);
    await matcher.idle();
    expect((await statuses())['sell-80']).toEqual(['filled', 80.5]);
  });

  it('ignores quotes of other instruments', async () => {
    await store.placeOrder(limitOrder('buy-76', 'buy', 76), null);
    quotes.update('BRENT', 1);
    await matcher.idle();
    expect((await statuses())['buy-76']).toEqual(['open', null]);
  });

  it('never fills a cancelled order', async () => {
    await store.placeOrder(limitOrder('buy-76', 'buy', 76), null);
    await store.cancelOrder('u1', 'buy-76', NOW.toISOString());
    quotes.update('WTI', 10);
    await matcher.idle();
    expect((await statuses())['buy-76']).toEqual(['cancelled', null]);
    expect(await store.listPositions('u1')).toEqual([]);
  });

  it('fills each order once when quotes arrive back to back', async () => {
    await store.placeOrder(limitOrder('buy-76', 'buy', 76), null);
    quotes.update('WTI', 75);
    quotes.update('WTI', 74);
    await matcher.idle();

    expect((await statuses())['buy-76']).toEqual(['filled', 75]);
    expect(await store.listPositions('u1')).toEqual([
      { instrument: 'WTI', quantity: 1, averagePrice: 75, realizedPnl: 0 },
    ]);
  });

  it('stops listening once stopped', async () => {
    await store.placeOrder(limitOrder('buy-76', 'buy', 76), null);
    matcher.stop();
    quotes.update('WTI', 70);
    await matcher.idle();
    expect((await statuses())['buy-76']).toEqual(['open', null]);
  });
});
