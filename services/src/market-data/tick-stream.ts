// A live price feed for demos: every interval each quote takes a random step
// scaled by the instrument's own recent volatility. Steps are absolute price
// changes, like the history they are drawn from, so a quote can cross zero as
// WTI did in April 2020. Seeded, so a demo replays the same path.

import { INSTRUMENT_SYMBOLS, type InstrumentSymbol } from './instruments.js';
import type { PriceHistory } from './price-history.js';
import type { QuoteSource } from './quote-source.js';
import { mulberry32, normal } from './seeded-random.js';

export interface TickStreamOptions {
  history: PriceHistory;
  quotes: QuoteSource;
  intervalMs: number;
  seed: number;
}

export interface TickStream {
  /** Moves every quote one step; the timer calls it, tests call it directly. */
  tick(): void;
  stop(): void;
}

// One year of trading days sets the volatility each step is scaled by.
const VOLATILITY_WINDOW = 252;
const DAY_MS = 86_400_000;
const TICK_DECIMALS: Record<InstrumentSymbol, number> = { BRENT: 2, WTI: 2, HH: 3 };

export function startTickStream(options: TickStreamOptions): TickStream {
  const random = mulberry32(options.seed);
  // A daily standard deviation spread over the day: sigma x sqrt(interval / day).
  const stepScale = Math.sqrt(options.intervalMs / DAY_MS);
  const sigmas = new Map(
    INSTRUMENT_SYMBOLS.map((symbol) => [symbol, dailyChangeDeviation(options.history, symbol)]),
  );

  const tick = () => {
    for (const symbol of INSTRUMENT_SYMBOLS) {
      const step = (sigmas.get(symbol) ?? 0) * stepScale * normal(random);
      const factor = 10 ** TICK_DECIMALS[symbol];
      const next = Math.round((options.quotes.quote(symbol).price + step) * factor) / factor;
      options.quotes.update(symbol, next);
    }
  };

  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}

/** Standard deviation of absolute daily price changes over the recent window. */
export function dailyChangeDeviation(history: PriceHistory, symbol: InstrumentSymbol): number {
  const points = history.points(symbol).slice(-(VOLATILITY_WINDOW + 1));
  const changes = points.slice(1).map((p, i) => p.price - (points[i]?.price ?? p.price));
  if (changes.length < 2) return 0;

  const mean = changes.reduce((sum, c) => sum + c, 0) / changes.length;
  const variance = changes.reduce((sum, c) => sum + (c - mean) ** 2, 0) / (changes.length - 1);
  return Math.sqrt(variance);
}
