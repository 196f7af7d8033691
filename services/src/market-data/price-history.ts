// Daily closes per instrument, loaded once at start and shared read-only by
// market (history, quotes), trading (marks) and risk (scenarios). Every series
// is ascending by date, so ranges are found by binary search.

import type { PricePoint } from './eia-csv-loader.js';
import { INSTRUMENT_SYMBOLS, type InstrumentSymbol } from './instruments.js';

export interface PriceRange {
  /** Inclusive ISO date. */
  from?: string;
  /** Inclusive ISO date. */
  to?: string;
  /** Keep only the most recent `limit` points of the range. */
  limit?: number;
}

export type PriceSeries = Readonly<Record<InstrumentSymbol, readonly PricePoint[]>>;

export class PriceHistory {
  readonly source: 'eia' | 'simulation';
  private readonly series: PriceSeries;
  private readonly dateIndex = new Map<InstrumentSymbol, ReadonlyMap<string, number>>();

  constructor(series: PriceSeries, source: 'eia' | 'simulation') {
    for (const symbol of INSTRUMENT_SYMBOLS) {
      if (series[symbol].length === 0) throw new Error(`price history for ${symbol} is empty`);
    }
    this.series = series;
    this.source = source;
  }

  points(symbol: InstrumentSymbol): readonly PricePoint[] {
    return this.series[symbol];
  }

  range(symbol: InstrumentSymbol, range: PriceRange = {}): PricePoint[] {
    const points = this.series[symbol];
    const start = range.from === undefined ? 0 : firstIndexAtOrAfter(points, range.from);
    const end = range.to === undefined ? points.length : firstIndexAfter(points, range.to);
    const limited = range.limit === undefined ? start : Math.max(start, end - range.limit);
    return points.slice(limited, Math.max(limited, end));
  }

  latest(symbol: InstrumentSymbol): PricePoint {
    const points = this.series[symbol];
    // The constructor refuses empty series.
    return points[points.length - 1] as PricePoint;
  }

  /** Price of `symbol` on `date`, or undefined if that market had no close. */
  priceOn(symbol: InstrumentSymbol, date: string): number | undefined {
    let index = this.dateIndex.get(symbol);
    if (index === undefined) {
      index = new Map(this.series[symbol].map((p) => [p.date, p.price]));
      this.dateIndex.set(symbol, index);
    }
    return index.get(date);
  }
}

function firstIndexAtOrAfter(points: readonly PricePoint[], date: string): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((points[mid] as PricePoint).date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

function firstIndexAfter(points: readonly PricePoint[], date: string): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((points[mid] as PricePoint).date <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}
