// The portfolio vocabulary risk and compliance share with the gateway's trade
// workflow: net positions in lots and the order being checked against them,
// with the JSON schemas that admit them into a request.

import { INSTRUMENT_SYMBOLS, type InstrumentSymbol } from '../market-data/instruments.js';

export interface Holding {
  instrument: InstrumentSymbol;
  /** Net signed lots: long positive, short negative. */
  quantity: number;
}

export interface OrderIntent {
  instrument: InstrumentSymbol;
  side: 'buy' | 'sell';
  /** Lots, always positive; the side gives the sign. */
  quantity: number;
}

/** An order's lots as a signed change of the position. */
export function signedLots(order: Pick<OrderIntent, 'side' | 'quantity'>): number {
  return order.side === 'buy' ? order.quantity : -order.quantity;
}

/** The net position in one instrument, summing duplicate entries. */
export function netLots(holdings: readonly Holding[], instrument: InstrumentSymbol): number {
  return holdings.reduce((sum, h) => (h.instrument === instrument ? sum + h.quantity : sum), 0);
}

export const MAX_ORDER_LOTS = 100_000;
// Ten million lots is beyond any real book, and the bound keeps every P&L sum
// far inside exact double arithmetic.
const MAX_POSITION_LOTS = 10_000_000;
const MAX_HOLDINGS = 50;

export const holdingsSchema = {
  type: 'array',
  maxItems: MAX_HOLDINGS,
  items: {
    type: 'object',
    required: ['instrument', 'quantity'],
    additionalProperties: false,
    properties: {
      instrument: { type: 'string', enum: INSTRUMENT_SYMBOLS },
      quantity: { type: 'integer', minimum: -MAX_POSITION_LOTS, maximum: MAX_POSITION_LOTS },
    },
  },
} as const;

export const orderIntentSchema = {
  type: 'object',
  required: ['instrument', 'side', 'quantity'],
  additionalProperties: false,
  properties: {
    instrument: { type: 'string', enum: INSTRUMENT_SYMBOLS },
    side: { type: 'string', enum: ['buy', 'sell'] },
    quantity: { type: 'integer', minimum: 1, maximum: MAX_ORDER_LOTS },
  },
} as const;

/** Body of both pre-trade checks: the current book and the order to add. */
export const preTradeBodySchema = {
  type: 'object',
  required: ['positions', 'order'],
  additionalProperties: false,
  properties: { positions: holdingsSchema, order: orderIntentSchema },
} as const;

export interface PreTradeBody {
  positions: Holding[];
  order: OrderIntent;
}
