// The embedded TradingStore: orders and positions in one SQLite file. A fill
// reads the position, applies the position math and writes both rows inside
// one transaction, so an order is never filled without its position moving.

import type { InstrumentSymbol } from '../market-data/instruments.js';
import { applyFill, FLAT, type PositionState } from '../trading/position-math.js';
import { openDatabase, type SqliteDatabase } from './database.js';
import {
  ClientOrderIdTakenError,
  type CancelResult,
  type FillInstruction,
  type NewOrder,
  type OpenOrder,
  type Order,
  type Position,
  type TradingStore,
} from './trading-store.js';

const MIGRATIONS = [
  `CREATE TABLE orders (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     user_id TEXT NOT NULL,
     instrument TEXT NOT NULL,
     side TEXT NOT NULL CHECK (side IN ('buy', 'sell')),
     quantity INTEGER NOT NULL CHECK (quantity > 0),
     type TEXT NOT NULL CHECK (type IN ('market', 'limit')),
     limit_price REAL,
     status TEXT NOT NULL CHECK (status IN ('open', 'filled', 'cancelled')),
     fill_price REAL,
     client_order_id TEXT,
     created_at TEXT NOT NULL,
     filled_at TEXT,
     cancelled_at TEXT,
     UNIQUE (user_id, client_order_id)
   );
   CREATE INDEX orders_by_user ON orders (user_id, seq DESC);
   CREATE INDEX open_orders_by_instrument ON orders (instrument, seq) WHERE status = 'open';
   CREATE TABLE positions (
     user_id TEXT NOT NULL,
     instrument TEXT NOT NULL,
     quantity INTEGER NOT NULL,
     average_price REAL NOT NULL,
     realized_pnl REAL NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (user_id, instrument)
   );`,
];

interface OrderRow {
  id: string;
  user_id: string;
  instrument: InstrumentSymbol;
  side: Order['side'];
  quantity: number;
  type: Order['type'];
  limit_price: number | null;
  status: Order['status'];
  fill_price: number | null;
  client_order_id: string | null;
  created_at: string;
  filled_at: string | null;
  cancelled_at: string | null;
}

interface PositionRow {
  instrument: InstrumentSymbol;
  quantity: number;
  average_price: number;
  realized_pnl: number;
}

export class SqliteTradingStore implements TradingStore {
  private readonly db: SqliteDatabase;
  private readonly statements;

  constructor(file: string) {
    this.db = openDatabase(file, MIGRATIONS);
    const db = this.db;
    this.statements = {
      insertOrder: db.prepare(
        `INSERT INTO orders (id, user_id, instrument, side, quantity, type, limit_price, status,
           fill_price, client_order_id, created_at, filled_at)
         VALUES (@id, @userId, @instrument, @side, @quantity, @type, @limitPrice, @status,
           @fillPrice, @clientOrderId, @createdAt, @filledAt)`,
      ),
      orderById: db.prepare<[string], OrderRow>('SELECT * FROM orders WHERE id = ?'),
      orderOfUser: db.prepare<[string, string], OrderRow>(
        'SELECT * FROM orders WHERE id = ? AND user_id = ?',
      ),
      orderByClientId: db.prepare<[string, string], OrderRow>(
        'SELECT * FROM orders WHERE user_id = ? AND client_order_id = ?',
      ),
      ordersOfUser: db.prepare<[string, number], OrderRow>(
        'SELECT * FROM orders WHERE user_id = ? ORDER BY seq DESC LIMIT ?',
      ),
      openOrdersOfUser: db.prepare<[string], OrderRow>(
        "SELECT * FROM orders WHERE user_id = ? AND status = 'open' ORDER BY seq",
      ),
      openOrders: db.prepare<[string], OrderRow>(
        "SELECT * FROM orders WHERE instrument = ? AND status = 'open' ORDER BY seq",
      ),
      cancel: db.prepare<[string, string, string]>(
        `UPDATE orders SET status = 'cancelled', cancelled_at = ?
         WHERE id = ? AND user_id = ? AND status = 'open'`,
      ),
      fillOpen: db.prepare<[number, string, string]>(
        `UPDATE orders SET status = 'filled', fill_price = ?, filled_at = ?
         WHERE id = ? AND status = 'open'`,
      ),
      position: db.prepare<[string, string], PositionRow>(
        'SELECT * FROM positions WHERE user_id = ? AND instrument = ?',
      ),
      positionsOfUser: db.prepare<[string], PositionRow>(
        'SELECT * FROM positions WHERE user_id = ? ORDER BY instrument',
      ),
      upsertPosition: db.prepare(
        `INSERT INTO positions (user_id, instrument, quantity, average_price, realized_pnl, updated_at)
         VALUES (@userId, @instrument, @quantity, @averagePrice, @realizedPnl, @updatedAt)
         ON CONFLICT (user_id, instrument) DO UPDATE SET
           quantity = excluded.quantity,
           average_price = excluded.average_price,
           realized_pnl = excluded.realized_pnl,
           updated_at = excluded.updated_at`,
      ),
    };
  }

  async placeOrder(order: NewOrder, fill: FillInstruction | null): Promise<Order> {
    const place = this.db.transaction(() => {
      this.statements.insertOrder.run({
        ...order,
        status: fill === null ? 'open' : 'filled',
        fillPrice: fill?.price ?? null,
        filledAt: fill?.at ?? null,
      });
      if (fill !== null) this.bookFill(order.userId, order, fill);
      return this.statements.orderById.get(order.id) as OrderRow;
    });

    try {
      return toOrder(place());
    } catch (error) {
      if (order.clientOrderId !== null && isUniqueViolation(error)) {
        throw new ClientOrderIdTakenError(order.clientOrderId, error);
      }
      throw error;
    }
  }

  async findByClientOrderId(userId: string, clientOrderId: string): Promise<Order | null> {
    const row = this.statements.orderByClientId.get(userId, clientOrderId);
    return row === undefined ? null : toOrder(row);
  }

  async listOrders(userId: string, limit: number): Promise<Order[]> {
    return this.statements.ordersOfUser.all(userId, limit).map(toOrder);
  }

  async listOpenOrdersOfUser(userId: string): Promise<Order[]> {
    return this.statements.openOrdersOfUser.all(userId).map(toOrder);
  }

  async cancelOrder(userId: string, orderId: string, at: string): Promise<CancelResult> {
    const cancel = this.db.transaction((): CancelResult => {
      const changed = this.statements.cancel.run(at, orderId, userId).changes;
      const row = this.statements.orderOfUser.get(orderId, userId);
      if (row === undefined) return { outcome: 'unknown' };
      return { outcome: changed === 1 ? 'cancelled' : 'not_open', order: toOrder(row) };
    });
    return cancel();
  }

  async listOpenOrders(instrument: InstrumentSymbol): Promise<OpenOrder[]> {
    return this.statements.openOrders
      .all(instrument)
      .map((row) => ({ ...toOrder(row), userId: row.user_id }));
  }

  async fillOpenOrder(orderId: string, fill: FillInstruction): Promise<Order | null> {
    const fillOrder = this.db.transaction(() => {
      const changed = this.statements.fillOpen.run(fill.price, fill.at, orderId).changes;
      if (changed === 0) return null;
      const row = this.statements.orderById.get(orderId) as OrderRow;
      this.bookFill(
        row.user_id,
        { instrument: row.instrument, side: row.side, quantity: row.quantity },
        fill,
      );
      return row;
    });
    const row = fillOrder();
    return row === null ? null : toOrder(row);
  }

  async listPositions(userId: string): Promise<Position[]> {
    return this.statements.positionsOfUser.all(userId).map((row) => ({
      instrument: row.instrument,
      quantity: row.quantity,
      averagePrice: row.average_price,
      realizedPnl: row.realized_pnl,
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private bookFill(
    userId: string,
    order: Pick<NewOrder, 'instrument' | 'side' | 'quantity'>,
    fill: FillInstruction,
  ): void {
    const row = this.statements.position.get(userId, order.instrument);
    const current: PositionState =
      row === undefined
        ? FLAT
        : {
            quantity: row.quantity,
            averagePrice: row.average_price,
            realizedPnl: row.realized_pnl,
          };
    const next = applyFill(
      current,
      { side: order.side, quantity: order.quantity, price: fill.price },
      fill.lotSize,
    );
    this.statements.upsertPosition.run({
      userId,
      instrument: order.instrument,
      ...next,
      updatedAt: fill.at,
    });
  }
}

function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    instrument: row.instrument,
    side: row.side,
    quantity: row.quantity,
    type: row.type,
    limitPrice: row.limit_price,
    status: row.status,
    fillPrice: row.fill_price,
    clientOrderId: row.client_order_id,
    createdAt: row.created_at,
    filledAt: row.filled_at,
    cancelledAt: row.cancelled_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
