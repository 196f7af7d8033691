import { describe, expect, it } from 'vitest';
import {
  applyFill,
  FLAT,
  unrealizedPnl,
  type PositionState,
} from '../../src/trading/position-math.js';

const LOT = 1_000;

function fills(...steps: [side: 'buy' | 'sell', quantity: number, price: number][]): PositionState {
  return steps.reduce<PositionState>(
    (position, [side, quantity, price]) => applyFill(position, { side, quantity, price }, LOT),
    FLAT,
  );
}

describe('applyFill', () => {
  it('opens a long position at the fill price', () => {
    expect(fills(['buy', 10, 80])).toEqual({ quantity: 10, averagePrice: 80, realizedPnl: 0 });
  });

  it('opens a short position as negative lots', () => {
    expect(fills(['sell', 4, 75])).toEqual({ quantity: -4, averagePrice: 75, realizedPnl: 0 });
  });

  it('weights the average price by lots when a position grows', () => {
    expect(fills(['buy', 10, 80], ['buy', 30, 84])).toEqual({
      quantity: 40,
      averagePrice: 83,
      realizedPnl: 0,
    });
  });

  it('keeps the average and books realized P&L when a long is reduced', () => {
    // 4 lots closed at 85 against an average of 80: 4 x 1,000 x 5 = 20,000.
    expect(fills(['buy', 10, 80], ['sell', 4, 85])).toEqual({
      quantity: 6,
      averagePrice: 80,
      realizedPnl: 20_000,
    });
  });

  it('books a gain when a short is bought back lower', () => {
    // 3 lots closed at 70 against 75 on a short: 3 x 1,000 x (70 - 75) x -1 = 15,000.
    expect(fills(['sell', 5, 75], ['buy', 3, 70])).toEqual({
      quantity: -2,
      averagePrice: 75,
      realizedPnl: 15_000,
    });
  });

  it('resets the average to zero when the position closes exactly', () => {
    expect(fills(['buy', 2, 80], ['sell', 2, 78])).toEqual({
      quantity: 0,
      averagePrice: 0,
      realizedPnl: -4_000,
    });
  });

  it('closes the old side and opens the rest at the fill price when flipping through zero', () => {
    // 5 long at 80 closed at 90 (+50,000), then 3 short opened at 90.
    expect(fills(['buy', 5, 80], ['sell', 8, 90])).toEqual({
      quantity: -3,
      averagePrice: 90,
      realizedPnl: 50_000,
    });
  });

  it('handles negative fill prices such as the WTI settlement of 2020-04-20', () => {
    // Bought 1 lot at 18.31, sold at -36.98: 1 x 1,000 x (-36.98 - 18.31) = -55,290.
    expect(fills(['buy', 1, 18.31], ['sell', 1, -36.98])).toEqual({
      quantity: 0,
      averagePrice: 0,
      realizedPnl: -55_290,
    });
    expect(fills(['buy', 1, -10], ['buy', 1, 10]).averagePrice).toBe(0);
  });

  it('books P&L in cents without binary noise', () => {
    const position = fills(['buy', 1, 92.43], ['sell', 1, 95.29]);
    expect(position.realizedPnl).toBe(2_860);
  });

  it('accumulates realized P&L across several reductions', () => {
    const position = fills(['buy', 10, 50], ['sell', 2, 55], ['sell', 3, 45], ['buy', 1, 40]);
    // +10,000 then -15,000; the buy adds to the remaining long at 50: avg (5 x 50 + 40) / 6.
    expect(position.realizedPnl).toBe(-5_000);
    expect(position.quantity).toBe(6);
    expect(position.averagePrice).toBeCloseTo(48.33333333, 8);
  });
});

describe('unrealizedPnl', () => {
  it('marks open lots against the average price, longs and shorts alike', () => {
    expect(unrealizedPnl({ quantity: 3, averagePrice: 80, realizedPnl: 0 }, 82.5, LOT)).toBe(7_500);
    expect(unrealizedPnl({ quantity: -2, averagePrice: 80, realizedPnl: 0 }, 82.5, LOT)).toBe(
      -5_000,
    );
    expect(unrealizedPnl(FLAT, 82.5, LOT)).toBe(0);
  });
});
