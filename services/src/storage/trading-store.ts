// The trading service's storage contract. Methods are async so that a
// PostgreSQL implementation fits behind the same interface as SQLite; every
// method that records a fill updates the order and the position atomically.

import type { InstrumentSymbol } from '../market-data/instruments.js';
import type { PositionState } from '../trading/position-math.js';

export type OrderSide = 'buy' | 'sell';
export type OrderType = 'market' | 'limit';
export type OrderStatus = 'filled' | 'open' | 'cancelled';

export interface Order {
  id: string;
  instrument: InstrumentSymbol;
  side: OrderSide;
  quantity: number;
  type: OrderType;
  limitPrice: number | null;
  status: OrderStatus;
  fillPrice: number | null;
  clientOrderId: string | null;
  createdAt: string;
  filledAt: string | null;
  cancelledAt: string | null;
}

export interface Position extends PositionState {
  instrument: InstrumentSymbol;
}

export interface NewOrder {
  id: string;
  userId: string;
  instrument: InstrumentSymbol;
  side: OrderSide;
  quantity: number;
  type: OrderType;
  limitPrice: number | null;
  clientOrderId: string | null;
  createdAt: string;
}

export interface FillInstruction {
  price: number;
  at: string;
  lotSize: number;
}

export interface OpenOrder extends Order {
  userId: string;
}

export type CancelResult =
  | { outcome: 'cancelled'; order: Order }
  | { outcome: 'not_open'; order: Order }
  | { outcome: 'unknown' };

export interface TradingStore {
  /** Inserts the order; with a fill, books it into the position in the same transaction. */
  placeOrder(order: NewOrder, fill: FillInstruction | null): Promise<Order>;
  findByClientOrderId(userId: string, clientOrderId: string): Promise<Order | null>;
  /** Newest first. */
  listOrders(userId: string, limit: number): Promise<Order[]>;
  /** Every open order of the user, however old, oldest first: the exposure pre-trade checks count. */
  listOpenOrdersOfUser(userId: string): Promise<Order[]>;
  cancelOrder(userId: string, orderId: string, at: string): Promise<CancelResult>;
  /** Open orders on an instrument across all users, oldest first. */
  listOpenOrders(instrument: InstrumentSymbol): Promise<OpenOrder[]>;
  /** Fills an order that is still open; null if it was filled or cancelled meanwhile. */
  fillOpenOrder(orderId: string, fill: FillInstruction): Promise<Order | null>;
  listPositions(userId: string): Promise<Position[]>;
  close(): Promise<void>;
}

/** Thrown by placeOrder when (user, clientOrderId) already names an order. */
export class ClientOrderIdTakenError extends Error {
  constructor(clientOrderId: string, cause?: unknown) {
    super(`clientOrderId ${clientOrderId} is already used`, { cause });
    this.name = 'ClientOrderIdTakenError';
  }
}
