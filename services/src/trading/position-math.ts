// How a fill changes a position. Quantity is net signed lots (long +, short -).
// Adding to a position moves the average price, weighted by lots; reducing it
// keeps the average and books realized P&L on the closed lots; going through
// zero closes the old position and opens the remainder at the fill price.

import { signedLots } from '../portfolio/holdings.js';

export interface PositionState {
  quantity: number;
  averagePrice: number;
  realizedPnl: number;
}

export interface Fill {
  side: 'buy' | 'sell';
  quantity: number;
  price: number;
}

export const FLAT: PositionState = Object.freeze({ quantity: 0, averagePrice: 0, realizedPnl: 0 });

export function applyFill(position: PositionState, fill: Fill, lotSize: number): PositionState {
  const delta = signedLots(fill);
  const current = position.quantity;
  const next = current + delta;

  if (current === 0 || Math.sign(current) === Math.sign(delta)) {
    const averagePrice =
      (Math.abs(current) * position.averagePrice + Math.abs(delta) * fill.price) / Math.abs(next);
    return {
      quantity: next,
      averagePrice: roundAverage(averagePrice),
      realizedPnl: position.realizedPnl,
    };
  }

  const closedLots = Math.min(Math.abs(current), Math.abs(delta));
  const booked = closedLots * lotSize * (fill.price - position.averagePrice) * Math.sign(current);
  const realizedPnl = roundCents(position.realizedPnl + booked);

  if (next === 0) return { quantity: 0, averagePrice: 0, realizedPnl };
  if (Math.sign(next) === Math.sign(current)) {
    return { quantity: next, averagePrice: position.averagePrice, realizedPnl };
  }
  return { quantity: next, averagePrice: fill.price, realizedPnl };
}

/** Unrealized P&L of the open lots marked at `markPrice`, in cents. */
export function unrealizedPnl(position: PositionState, markPrice: number, lotSize: number): number {
  return roundCents(position.quantity * lotSize * (markPrice - position.averagePrice));
}

// Money is booked in cents, so sums of many fills do not drift.
function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

// Eight decimals keep weighted averages exact enough for any lot count while
// hiding binary noise such as 80.00000000000001.
function roundAverage(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}
