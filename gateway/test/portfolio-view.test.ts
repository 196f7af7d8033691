import { describe, expect, it } from 'vitest';

import { markPositions } from '../src/bff/portfolio-view.js';

const instruments = [
  {
    symbol: 'BRENT',
    name: 'Brent',
    unit: 'bbl',
    currency: 'USD',
    lotSize: 1000,
    quoteUnit: 'USD/bbl',
  },
  {
    symbol: 'HH',
    name: 'Henry Hub',
    unit: 'MMBtu',
    currency: 'USD',
    lotSize: 10_000,
    quoteUnit: 'USD/MMBtu',
  },
];

describe('markPositions', () => {
  it('values long and short positions by lot size and sums the P&L', () => {
    const result = markPositions(
      [
        { instrument: 'BRENT', quantity: 2, averagePrice: 90, realizedPnl: 150 },
        { instrument: 'HH', quantity: -3, averagePrice: 3.1, realizedPnl: 0 },
      ],
      [
        { symbol: 'BRENT', price: 95.29, asOf: '2026-08-18' },
        { symbol: 'HH', price: 2.82, asOf: '2026-08-18' },
      ],
      instruments,
    );

    expect(result.positions.map((p) => p.unrealizedPnl)).toEqual([10_580, 8_400]);
    expect(result.pnl).toEqual({
      unrealized: 18_980,
      realized: 150,
      total: 19_130,
      currency: 'USD',
    });
  });

  it('leaves a position without a quote unvalued instead of marking it at zero', () => {
    const result = markPositions(
      [{ instrument: 'BRENT', quantity: 1, averagePrice: 90, realizedPnl: 0 }],
      [],
      instruments,
    );

    expect(result.positions[0]).toMatchObject({ marketPrice: null, unrealizedPnl: null });
    expect(result.pnl.unrealized).toBe(0);
  });

  it('values a negative price correctly', () => {
    const result = markPositions(
      [{ instrument: 'BRENT', quantity: 1, averagePrice: 10, realizedPnl: 0 }],
      [{ symbol: 'BRENT', price: -36.98, asOf: '2020-04-20' }],
      instruments,
    );

    expect(result.positions[0]?.unrealizedPnl).toBe(-46_980);
  });
});
