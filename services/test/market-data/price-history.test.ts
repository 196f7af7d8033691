import { describe, expect, it } from 'vitest';
import { PriceHistory } from '../../src/market-data/price-history.js';
import { series, smallHistory } from '../support/price-data.js';

describe('PriceHistory.range', () => {
  const history = smallHistory();

  it('returns the whole series ascending without bounds', () => {
    expect(history.range('BRENT').map((p) => p.price)).toEqual([80, 81, 79, 82, 80]);
  });

  it('treats from and to as inclusive dates', () => {
    const range = history.range('BRENT', { from: '2026-01-06', to: '2026-01-08' });
    expect(range.map((p) => p.date)).toEqual(['2026-01-06', '2026-01-07', '2026-01-08']);
  });

  it('accepts bounds that fall between closes', () => {
    const range = history.range('HH', { from: '2026-01-07', to: '2026-01-07' });
    expect(range).toEqual([]);
    expect(history.range('HH', { from: '2026-01-07' }).map((p) => p.date)).toEqual([
      '2026-01-08',
      '2026-01-09',
    ]);
  });

  it('keeps the most recent points when limited', () => {
    expect(history.range('WTI', { limit: 2 }).map((p) => p.price)).toEqual([77, 78]);
    expect(history.range('WTI', { to: '2026-01-07', limit: 2 }).map((p) => p.price)).toEqual([
      76, 74,
    ]);
  });

  it('returns nothing for a range before the history starts', () => {
    expect(history.range('WTI', { to: '2020-01-01' })).toEqual([]);
  });
});

describe('PriceHistory lookups', () => {
  it('finds a price by date and reports a missing close as undefined', () => {
    const history = smallHistory();
    expect(history.priceOn('HH', '2026-01-06')).toBe(3.5);
    expect(history.priceOn('HH', '2026-01-07')).toBeUndefined();
    expect(history.latest('HH')).toEqual({ date: '2026-01-09', price: 3.75 });
  });

  it('refuses an empty series at construction', () => {
    const one = series([['2026-01-05', 1]]);
    expect(() => new PriceHistory({ BRENT: one, WTI: one, HH: [] }, 'eia')).toThrow(
      'price history for HH is empty',
    );
  });
});
