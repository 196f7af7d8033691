import { describe, expect, it } from 'vitest';
import { filterRange, rangeStart, toChartPoints, valueBounds } from '../src/trading/chart-range';

describe('toChartPoints', () => {
  it('orders points by date and keeps the last price of a repeated date', () => {
    const points = toChartPoints([
      { date: '2020-04-21', price: 10.01 },
      { date: '2020-04-20', price: -30 },
      { date: '2020-04-20', price: -36.98 },
    ]);

    expect(points).toEqual([
      { time: '2020-04-20', value: -36.98 },
      { time: '2020-04-21', value: 10.01 },
    ]);
  });

  it('drops malformed dates and values that are not finite numbers', () => {
    const points = toChartPoints([
      { date: '2020-02-30', price: 1 },
      { date: '20200101', price: 1 },
      { date: '2020-01-02', price: Number.NaN },
      { date: '2020-01-03', price: Number.POSITIVE_INFINITY },
      { date: '2020-01-06', price: 61.3 },
    ]);

    expect(points).toEqual([{ time: '2020-01-06', value: 61.3 }]);
  });
});

describe('rangeStart', () => {
  it('counts whole months back from the last date', () => {
    expect(rangeStart('2026-01-15', 1)).toBe('2025-12-15');
    expect(rangeStart('2026-01-15', 60)).toBe('2021-01-15');
  });

  it('clamps the day to the end of a shorter month', () => {
    expect(rangeStart('2024-03-31', 1)).toBe('2024-02-29');
    expect(rangeStart('2023-08-31', 6)).toBe('2023-02-28');
  });

  it('names the value it could not read', () => {
    expect(() => rangeStart('15/01/2026', 1)).toThrow(
      'lastDate must be YYYY-MM-DD, got 15/01/2026',
    );
  });
});

describe('filterRange', () => {
  const points = [
    { time: '2019-12-31', value: 61.06 },
    { time: '2020-04-20', value: -36.98 },
    { time: '2020-12-31', value: 48.52 },
    { time: '2021-01-29', value: 52.2 },
  ];

  it('keeps the points since the range start, counted from the newest point', () => {
    expect(filterRange(points, '1M')).toEqual([
      { time: '2020-12-31', value: 48.52 },
      { time: '2021-01-29', value: 52.2 },
    ]);
    expect(filterRange(points, '1Y').map((point) => point.time)).toEqual([
      '2020-04-20',
      '2020-12-31',
      '2021-01-29',
    ]);
  });

  it('keeps everything for All and for a range longer than the history', () => {
    expect(filterRange(points, 'All')).toEqual(points);
    expect(filterRange(points, '5Y')).toEqual(points);
  });

  it('returns nothing for an empty history', () => {
    expect(filterRange([], '6M')).toEqual([]);
  });
});

describe('valueBounds', () => {
  it('finds a negative low', () => {
    expect(
      valueBounds([
        { time: '2020-04-17', value: 18.27 },
        { time: '2020-04-20', value: -36.98 },
      ]),
    ).toEqual({ min: -36.98, max: 18.27 });
  });

  it('is null for no points', () => {
    expect(valueBounds([])).toBeNull();
  });
});
