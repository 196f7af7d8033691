/**
 * Marks positions to market for the screens: market price, unrealized and
 * realized P&L per position and in total. Positions in an instrument the
 * market no longer quotes keep a null market price and count no unrealized
 * P&L, instead of being valued at zero.
 */
import type { Instrument, Position, Quote } from './service-types.js';

export interface MarkedPosition extends Position {
  marketPrice: number | null;
  unrealizedPnl: number | null;
  currency: string;
}

export interface PnlSummary {
  unrealized: number;
  realized: number;
  total: number;
  currency: string;
}

const CURRENCY = 'USD';

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function markPositions(
  positions: readonly Position[],
  quotes: readonly Quote[],
  instruments: readonly Instrument[],
): { positions: MarkedPosition[]; pnl: PnlSummary } {
  const priceOf = new Map(quotes.map((quote) => [quote.symbol, quote.price]));
  const lotOf = new Map(instruments.map((instrument) => [instrument.symbol, instrument.lotSize]));

  const marked = positions.map((position) => {
    const marketPrice = priceOf.get(position.instrument) ?? null;
    const lotSize = lotOf.get(position.instrument);
    const unrealizedPnl =
      marketPrice === null || lotSize === undefined
        ? null
        : round2((marketPrice - position.averagePrice) * position.quantity * lotSize);
    return { ...position, marketPrice, unrealizedPnl, currency: CURRENCY };
  });

  const unrealized = round2(marked.reduce((sum, p) => sum + (p.unrealizedPnl ?? 0), 0));
  const realized = round2(marked.reduce((sum, p) => sum + p.realizedPnl, 0));
  return {
    positions: marked,
    pnl: { unrealized, realized, total: round2(unrealized + realized), currency: CURRENCY },
  };
}
