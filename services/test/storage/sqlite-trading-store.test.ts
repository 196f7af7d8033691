import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteTradingStore } from '../../src/storage/sqlite-trading-store.js';
import { ClientOrderIdTakenError, type NewOrder } from '../../src/storage/trading-store.js';
import { makeTempDir } from '../support/temp-dir.js';

const AT = '2026-01-12T10:00:00.000Z';
const LOT = 1_000;
let temp: ReturnType<typeof makeTempDir>;
let file: string;

beforeEach(() => {
  temp = makeTempDir('trading-store');
  file = join(temp.path, 'trading.sqlite');
});
afterEach(() => temp.remove());

function order(id: string, overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    id,
    userId: 'u1',
    instrument: 'BRENT',
    side: 'buy',
    quantity: 5,
    type: 'market',
    limitPrice: null,
    clientOrderId: null,
    createdAt: AT,
    ...overrides,
  };
}

describe('SqliteTradingStore', () => {
  it('opens the database in WAL mode', async () => {
    const store = new SqliteTradingStore(file);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await store.close();
  });

  it('keeps orders and positions across a restart', async () => {
    const first = new SqliteTradingStore(file);
    await first.placeOrder(order('o1'), { price: 80, at: AT, lotSize: LOT });
    await first.placeOrder(order('o2', { side: 'sell', quantity: 2 }), {
      price: 90,
      at: AT,
      lotSize: LOT,
    });
    await first.close();

    const second = new SqliteTradingStore(file);
    expect((await second.listOrders('u1', 10)).map((o) => o.id)).toEqual(['o2', 'o1']);
    expect(await second.listPositions('u1')).toEqual([
      { instrument: 'BRENT', quantity: 3, averagePrice: 80, realizedPnl: 20_000 },
    ]);
    await second.close();
  });

  it('books no position for a resting order', async () => {
    const store = new SqliteTradingStore(file);
    const placed = await store.placeOrder(order('o1', { type: 'limit', limitPrice: 70 }), null);
    expect(placed).toMatchObject({ status: 'open', fillPrice: null });
    expect(await store.listPositions('u1')).toEqual([]);
    await store.close();
  });

  it('throws ClientOrderIdTakenError and books nothing for a duplicate clientOrderId', async () => {
    const store = new SqliteTradingStore(file);
    const fill = { price: 80, at: AT, lotSize: LOT };
    await store.placeOrder(order('o1', { clientOrderId: 'c' }), fill);

    await expect(
      store.placeOrder(order('o2', { clientOrderId: 'c' }), fill),
    ).rejects.toBeInstanceOf(ClientOrderIdTakenError);
    expect((await store.listPositions('u1'))[0]?.quantity).toBe(5);
    expect(await store.findByClientOrderId('u1', 'c')).toMatchObject({ id: 'o1' });
    await store.close();
  });

  it('fills an open order only once', async () => {
    const store = new SqliteTradingStore(file);
    await store.placeOrder(order('o1', { type: 'limit', limitPrice: 70 }), null);
    const fill = { price: 69, at: AT, lotSize: LOT };

    expect(await store.fillOpenOrder('o1', fill)).toMatchObject({
      status: 'filled',
      fillPrice: 69,
    });
    expect(await store.fillOpenOrder('o1', fill)).toBeNull();
    expect(await store.listPositions('u1')).toEqual([
      { instrument: 'BRENT', quantity: 5, averagePrice: 69, realizedPnl: 0 },
    ]);
    await store.close();
  });

  it('tells an unknown order from one that is no longer open when cancelling', async () => {
    const store = new SqliteTradingStore(file);
    await store.placeOrder(order('o1'), { price: 80, at: AT, lotSize: LOT });

    expect(await store.cancelOrder('u1', 'missing', AT)).toEqual({ outcome: 'unknown' });
    expect(await store.cancelOrder('u2', 'o1', AT)).toEqual({ outcome: 'unknown' });
    expect(await store.cancelOrder('u1', 'o1', AT)).toMatchObject({ outcome: 'not_open' });
    await store.close();
  });

  it('refuses a database written by a newer schema', async () => {
    await new SqliteTradingStore(file).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();

    expect(() => new SqliteTradingStore(file)).toThrow(
      /schema version 99, newer than this build knows/,
    );
  });
});
