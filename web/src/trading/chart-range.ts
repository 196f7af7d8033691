/**
 * Turns a gateway price history into chart points and cuts it to a range.
 * lightweight-charts requires strictly ascending, unique times and finite
 * values, so the history is cleaned first: malformed dates and values are
 * dropped, and a repeated date keeps its last price. Ranges are counted back
 * from the newest point rather than from today, so a history that stops early
 * (a holiday, a stale feed) still fills the chart.
 */
import type { PricePoint } from '../api/types';

export type RangeKey = '1M' | '6M' | '1Y' | '5Y' | 'All';

export interface ChartPoint {
  readonly time: string;
  readonly value: number;
}

/** Months each range spans; null means the whole history. */
export const RANGE_MONTHS: Readonly<Record<RangeKey, number | null>> = {
  '1M': 1,
  '6M': 6,
  '1Y': 12,
  '5Y': 60,
  All: null,
};

export const RANGE_KEYS: readonly RangeKey[] = ['1M', '6M', '1Y', '5Y', 'All'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** Cleans and orders a price history for the chart. */
export function toChartPoints(prices: readonly PricePoint[]): ChartPoint[] {
  const byDate = new Map<string, number>();

  for (const point of prices) {
    if (typeof point.date !== 'string' || !isCalendarDate(point.date)) continue;
    if (typeof point.price !== 'number' || !Number.isFinite(point.price)) continue;
    byDate.set(point.date, point.price);
  }

  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([time, value]) => ({ time, value }));
}

/**
 * The first date inside a range ending on `lastDate`, e.g. 1M before
 * 2024-03-31 is 2024-02-29: the day is clamped to the shorter month.
 */
export function rangeStart(lastDate: string, months: number): string {
  const match = ISO_DATE.exec(lastDate);
  if (match === null) throw new RangeError(`lastDate must be YYYY-MM-DD, got ${lastDate}`);

  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1 - months;
  const day = Number(match[3]);
  const lastDayOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(year, monthIndex, Math.min(day, lastDayOfTarget)));
  return start.toISOString().slice(0, 10);
}

/** The points of a cleaned, ascending series that fall inside the range. */
export function filterRange(points: readonly ChartPoint[], range: RangeKey): ChartPoint[] {
  const months = RANGE_MONTHS[range];
  const last = points.at(-1);
  if (months === null || last === undefined) return [...points];

  const start = rangeStart(last.time, months);
  return points.filter((point) => point.time >= start);
}

/** The lowest and highest value, for scaling hints; null for no points. */
export function valueBounds(points: readonly ChartPoint[]): { min: number; max: number } | null {
  if (points.length === 0) return null;

  let min = Infinity;
  let max = -Infinity;
  for (const point of points) {
    min = Math.min(min, point.value);
    max = Math.max(max, point.value);
  }
  return { min, max };
}
