/**
 * The order ticket's rules, kept apart from the form so they can be tested:
 * what a valid draft is, the trade body it becomes, and how an accepted order
 * is described back to the trader. Quantities are whole lots, as the gateway
 * requires; a limit price is sent only for limit orders.
 */
import type { Order, OrderType, Side, TradeRequest } from '../api/types';
import { formatPrice, formatQuantity } from '../format/display-format';

export interface OrderDraft {
  readonly instrument: string;
  readonly side: Side;
  readonly quantity: string;
  readonly type: OrderType;
  readonly limitPrice: string;
}

export type DraftField = 'instrument' | 'quantity' | 'limitPrice';

export interface DraftError {
  readonly field: DraftField;
  readonly message: string;
}

export type DraftResult =
  | { readonly ok: true; readonly trade: TradeRequest }
  | { readonly ok: false; readonly errors: readonly DraftError[] };

const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

export function emptyDraft(instrument: string): OrderDraft {
  return { instrument, side: 'buy', quantity: '1', type: 'market', limitPrice: '' };
}

function parseQuantity(raw: string): number | null {
  const trimmed = raw.trim();
  if (!WHOLE_NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && Number.isSafeInteger(value) ? value : null;
}

function parseLimitPrice(raw: string): number | null {
  const trimmed = raw.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Checks a draft and, when every field is valid, builds the trade body. */
export function validateDraft(draft: OrderDraft): DraftResult {
  const errors: DraftError[] = [];

  if (draft.instrument === '')
    errors.push({ field: 'instrument', message: 'Choose an instrument.' });

  const quantity = parseQuantity(draft.quantity);
  if (quantity === null) {
    errors.push({
      field: 'quantity',
      message: 'Quantity must be a whole number of lots, 1 or more.',
    });
  }

  const limitPrice = draft.type === 'limit' ? parseLimitPrice(draft.limitPrice) : null;
  if (draft.type === 'limit' && limitPrice === null) {
    errors.push({ field: 'limitPrice', message: 'Enter a limit price, e.g. 82.50.' });
  }

  if (errors.length > 0 || quantity === null) return { ok: false, errors };

  const base = { instrument: draft.instrument, side: draft.side, quantity, type: draft.type };
  return { ok: true, trade: limitPrice === null ? base : { ...base, limitPrice } };
}

/** The headline for an accepted order, e.g. "Order filled at 95.29". */
export function describeOrder(order: Order): string {
  switch (order.status) {
    case 'filled':
      return order.fillPrice === null
        ? 'Order filled'
        : `Order filled at ${formatPrice(order.fillPrice)}`;
    case 'open':
      return order.limitPrice === null
        ? 'Order open'
        : `Order open at limit ${formatPrice(order.limitPrice)}`;
    default:
      return `Order ${String(order.status)}`;
  }
}

/** What was traded, e.g. "Buy 5 lots BRENT, market". */
export function summarizeOrder(order: Order): string {
  const side = order.side === 'sell' ? 'Sell' : 'Buy';
  const lots = order.quantity === 1 ? 'lot' : 'lots';
  return `${side} ${formatQuantity(order.quantity)} ${lots} ${order.instrument}, ${order.type}`;
}
