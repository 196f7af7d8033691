// Builds the price history once at start: from a directory of EIA files when
// one is configured, otherwise from the seeded simulation. A missing or
// malformed file stops the start; it never falls back to simulated prices.

import { join } from 'node:path';
import { loadEiaCsv, type PricePoint } from './eia-csv-loader.js';
import { INSTRUMENT_SYMBOLS, type InstrumentSymbol } from './instruments.js';
import { PriceHistory } from './price-history.js';
import { simulatePriceSeries } from './price-simulation.js';

export const EIA_FILE_NAMES: Readonly<Record<InstrumentSymbol, string>> = {
  BRENT: 'brent-daily.csv',
  WTI: 'wti-daily.csv',
  HH: 'henry-hub-daily.csv',
};

export type MarketDataSource =
  { kind: 'eia'; directory: string } | { kind: 'simulation'; seed: number; endDate: Date };

export async function loadPriceHistory(source: MarketDataSource): Promise<PriceHistory> {
  if (source.kind === 'simulation') {
    return new PriceHistory(simulatePriceSeries(source.seed, source.endDate), 'simulation');
  }

  const files = await Promise.all(
    INSTRUMENT_SYMBOLS.map((symbol) => loadEiaCsv(join(source.directory, EIA_FILE_NAMES[symbol]))),
  );
  const series = Object.fromEntries(
    INSTRUMENT_SYMBOLS.map((symbol, i) => [symbol, files[i]?.points ?? []]),
  ) as Record<InstrumentSymbol, PricePoint[]>;
  return new PriceHistory(series, 'eia');
}
