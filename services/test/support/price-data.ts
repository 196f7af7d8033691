// The real EIA files, read in place from the shared data directory, and a
// small hand-made history for tests that need exact arithmetic.

import { fileURLToPath } from 'node:url';
import type { PricePoint } from '../../src/market-data/eia-csv-loader.js';
import { loadPriceHistory } from '../../src/market-data/load-market-data.js';
import { PriceHistory } from '../../src/market-data/price-history.js';

export const PRICE_DIR = fileURLToPath(new URL('../../../../shared/data/prices/', import.meta.url));

let eia: Promise<PriceHistory> | undefined;

/** Loaded once per test file. */
export function eiaHistory(): Promise<PriceHistory> {
  eia ??= loadPriceHistory({ kind: 'eia', directory: PRICE_DIR });
  return eia;
}

export function series(entries: [string, number][]): PricePoint[] {
  return entries.map(([date, price]) => ({ date, price }));
}

/** Three instruments on five days; HH has no close on 2026-01-07. */
export function smallHistory(): PriceHistory {
  return new PriceHistory(
    {
      BRENT: series([
        ['2026-01-05', 80],
        ['2026-01-06', 81],
        ['2026-01-07', 79],
        ['2026-01-08', 82],
        ['2026-01-09', 80],
      ]),
      WTI: series([
        ['2026-01-05', 75],
        ['2026-01-06', 76],
        ['2026-01-07', 74],
        ['2026-01-08', 77],
        ['2026-01-09', 78],
      ]),
      HH: series([
        ['2026-01-05', 3],
        ['2026-01-06', 3.5],
        ['2026-01-08', 3.25],
        ['2026-01-09', 3.75],
      ]),
    },
    'eia',
  );
}
