// A seeded, deterministic stand-in for the EIA files when none are configured:
// about three years of weekday closes ending on a given day. The same seed and
// end day always give the same history, so demos and tests are repeatable.
// Brent and WTI move together (correlation 0.9), as the two crude benchmarks do.

import type { PricePoint } from './eia-csv-loader.js';
import type { InstrumentSymbol } from './instruments.js';
import type { PriceSeries } from './price-history.js';
import { mulberry32, normal } from './seeded-random.js';

interface SimulatedInstrument {
  start: number;
  annualVolatility: number;
  decimals: number;
}

// Starting levels and volatilities in the range of 2022–2025 markets.
const INSTRUMENT_PARAMETERS: Record<InstrumentSymbol, SimulatedInstrument> = {
  BRENT: { start: 82, annualVolatility: 0.32, decimals: 2 },
  WTI: { start: 78, annualVolatility: 0.35, decimals: 2 },
  HH: { start: 3.4, annualVolatility: 0.65, decimals: 3 },
};

const CRUDE_CORRELATION = 0.9;
const TRADING_DAYS_PER_YEAR = 252;
const CALENDAR_DAYS = 3 * 365;
const DAY_MS = 86_400_000;

export function simulatePriceSeries(seed: number, endDate: Date): PriceSeries {
  const random = mulberry32(seed);
  const dates = weekdaysEnding(endDate, CALENDAR_DAYS);
  const series: Record<InstrumentSymbol, PricePoint[]> = { BRENT: [], WTI: [], HH: [] };
  const level: Record<InstrumentSymbol, number> = {
    BRENT: INSTRUMENT_PARAMETERS.BRENT.start,
    WTI: INSTRUMENT_PARAMETERS.WTI.start,
    HH: INSTRUMENT_PARAMETERS.HH.start,
  };

  for (const [i, date] of dates.entries()) {
    if (i > 0) {
      const crude = normal(random);
      const shocks: Record<InstrumentSymbol, number> = {
        BRENT: crude,
        WTI: CRUDE_CORRELATION * crude + Math.sqrt(1 - CRUDE_CORRELATION ** 2) * normal(random),
        HH: normal(random),
      };
      for (const symbol of Object.keys(level) as InstrumentSymbol[]) {
        const sigma =
          INSTRUMENT_PARAMETERS[symbol].annualVolatility / Math.sqrt(TRADING_DAYS_PER_YEAR);
        // Log-normal step with the drift correction, so the path has no trend.
        level[symbol] *= Math.exp(sigma * shocks[symbol] - (sigma * sigma) / 2);
      }
    }
    for (const symbol of Object.keys(level) as InstrumentSymbol[]) {
      const factor = 10 ** INSTRUMENT_PARAMETERS[symbol].decimals;
      series[symbol].push({ date, price: Math.round(level[symbol] * factor) / factor });
    }
  }
  return series;
}

function weekdaysEnding(endDate: Date, calendarDays: number): string[] {
  const end = Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth(), endDate.getUTCDate());
  const dates: string[] = [];
  for (let t = end - (calendarDays - 1) * DAY_MS; t <= end; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}
