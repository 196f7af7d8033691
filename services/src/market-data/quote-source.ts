// The current price of each instrument. It starts at the last close of the
// history and stands as the live price until something moves it: a tick
// stream calls `update`, and subscribers (the limit-order matcher) hear of it.

import type { InstrumentSymbol } from './instruments.js';
import { INSTRUMENT_SYMBOLS } from './instruments.js';
import type { PriceHistory } from './price-history.js';

export interface Quote {
  symbol: InstrumentSymbol;
  price: number;
  /** When the price was last known to hold: now for a standing close, else the tick time. */
  asOf: string;
  previousClose: number;
  change: number;
}

export type QuoteListener = (quote: Quote) => void;

interface QuoteState {
  price: number;
  previousClose: number;
  updatedAt: Date | null;
}

export class QuoteSource {
  private readonly state = new Map<InstrumentSymbol, QuoteState>();
  private readonly listeners = new Set<QuoteListener>();
  private readonly clock: () => Date;

  constructor(history: PriceHistory, clock: () => Date) {
    this.clock = clock;
    for (const symbol of INSTRUMENT_SYMBOLS) {
      const points = history.points(symbol);
      const last = history.latest(symbol);
      const previous = points.length > 1 ? points[points.length - 2] : undefined;
      this.state.set(symbol, {
        price: last.price,
        previousClose: previous?.price ?? last.price,
        updatedAt: null,
      });
    }
  }

  quote(symbol: InstrumentSymbol): Quote {
    const state = this.stateOf(symbol);
    return {
      symbol,
      price: state.price,
      asOf: (state.updatedAt ?? this.clock()).toISOString(),
      previousClose: state.previousClose,
      change: roundPrice(state.price - state.previousClose),
    };
  }

  quotes(): Quote[] {
    return INSTRUMENT_SYMBOLS.map((symbol) => this.quote(symbol));
  }

  update(symbol: InstrumentSymbol, price: number, at: Date = this.clock()): Quote {
    if (!Number.isFinite(price)) throw new RangeError(`quote for ${symbol} must be finite`);
    const state = this.stateOf(symbol);
    state.price = price;
    state.updatedAt = at;

    const quote = this.quote(symbol);
    for (const listener of this.listeners) listener(quote);
    return quote;
  }

  subscribe(listener: QuoteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private stateOf(symbol: InstrumentSymbol): QuoteState {
    const state = this.state.get(symbol);
    if (state === undefined) throw new Error(`no quote for ${symbol}`);
    return state;
  }
}

// Differences of decimal prices carry binary noise (95.29 - 92.43 is not
// exactly 2.86); six decimals are finer than any quoted tick.
function roundPrice(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
