// Turns a portfolio into one P&L per historical day: P&L_t = sum over
// instruments of quantity x lot size x dP_t. Changes are absolute price
// differences, not returns, because prices can be zero or negative (WTI
// settled at -36.98 on 2020-04-20). Days are aligned across instruments:
// only dates on which every held market has a close are used, so a holiday
// in one market stretches that change over two days instead of inventing a price.

import { instrument, type InstrumentSymbol } from '../market-data/instruments.js';
import type { PriceHistory } from '../market-data/price-history.js';
import type { Holding } from '../portfolio/holdings.js';

export interface ScenarioSet {
  pnl: number[];
  /** Date of the first and last price change used; null without holdings. */
  window: { from: string; to: string } | null;
}

/** Sums duplicate instruments and drops flat ones. */
export function netHoldings(positions: readonly Holding[]): Map<InstrumentSymbol, number> {
  const net = new Map<InstrumentSymbol, number>();
  for (const { instrument: symbol, quantity } of positions) {
    net.set(symbol, (net.get(symbol) ?? 0) + quantity);
  }
  for (const [symbol, quantity] of net) if (quantity === 0) net.delete(symbol);
  return net;
}

export function pnlScenarios(
  history: PriceHistory,
  holdings: ReadonlyMap<InstrumentSymbol, number>,
  windowDays: number,
): ScenarioSet {
  const held = [...holdings.keys()];
  const dates = commonDates(history, held, windowDays + 1);
  if (dates.length < 2) return { pnl: [], window: null };

  const exposures = held.map((symbol) => ({
    symbol,
    perUnit: (holdings.get(symbol) as number) * instrument(symbol).lotSize,
  }));

  const pnl: number[] = [];
  for (let i = 1; i < dates.length; i += 1) {
    const [before, after] = [dates[i - 1] as string, dates[i] as string];
    let total = 0;
    for (const { symbol, perUnit } of exposures) {
      const change =
        (history.priceOn(symbol, after) as number) - (history.priceOn(symbol, before) as number);
      total += perUnit * change;
    }
    pnl.push(total);
  }

  return { pnl, window: { from: dates[1] as string, to: dates[dates.length - 1] as string } };
}

// Walks back from the most recent close of the first held instrument and keeps
// the dates every other held instrument also has, up to `count`, ascending.
function commonDates(history: PriceHistory, held: readonly InstrumentSymbol[], count: number) {
  const [pivot, ...others] = held;
  if (pivot === undefined) return [];

  const points = history.points(pivot);
  const dates: string[] = [];
  for (let i = points.length - 1; i >= 0 && dates.length < count; i -= 1) {
    const date = (points[i] as { date: string }).date;
    if (others.every((symbol) => history.priceOn(symbol, date) !== undefined)) dates.push(date);
  }
  return dates.reverse();
}
