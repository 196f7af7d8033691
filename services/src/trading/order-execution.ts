// When an order fills and at what price. Market orders fill at once at the
// quote the gateway priced the workflow at; a limit order fills at that quote
// only when it is marketable, and otherwise rests until a quote reaches it.

import type { OrderSide, OrderType } from '../storage/trading-store.js';

export function isMarketable(side: OrderSide, limitPrice: number, price: number): boolean {
  return side === 'buy' ? price <= limitPrice : price >= limitPrice;
}

/** The fill price for a new order at quote `price`, or null if it rests. */
export function immediateFillPrice(
  type: OrderType,
  side: OrderSide,
  limitPrice: number | null,
  price: number,
): number | null {
  if (type === 'market') return price;
  if (limitPrice === null) throw new RangeError('a limit order needs a limit price');
  return isMarketable(side, limitPrice, price) ? price : null;
}
