import { describe, expect, it } from 'vitest';
import { historicalVar, tailCount, tailRisk } from '../../src/risk/historical-var.js';

/** -50, -49, ..., 49 in a scrambled order: the order of scenarios must not matter. */
const HUNDRED = Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) - 50);

describe('tailCount', () => {
  it('takes ceil((1 - c) * n) worst scenarios, without floating-point overshoot', () => {
    expect(tailCount(500, 0.99)).toBe(5);
    expect(tailCount(500, 0.95)).toBe(25);
    expect(tailCount(100, 0.99)).toBe(1);
    expect(tailCount(250, 0.99)).toBe(3);
  });

  it('keeps at least one scenario in the tail', () => {
    expect(tailCount(10, 0.99)).toBe(1);
  });

  it('refuses a confidence outside (0, 1)', () => {
    expect(() => tailCount(10, 1)).toThrow('confidence must be between 0 and 1, got 1');
    expect(() => tailCount(10, 95)).toThrow(RangeError);
  });
});

describe('historicalVar', () => {
  it('reads VaR as the k-th worst loss and CVaR as the mean of the k worst', () => {
    // 95 %: k = 5, worst five are -50..-46: VaR 46, CVaR 48. 99 %: k = 1: 50 and 50.
    expect(historicalVar(HUNDRED)).toEqual({
      var95: 46,
      var99: 50,
      cvar95: 48,
      cvar99: 50,
      scenarios: 100,
    });
  });

  it('reports zero when even the tail scenarios are gains', () => {
    expect(historicalVar([5, 10, 15, 20])).toEqual({
      var95: 0,
      var99: 0,
      cvar95: 0,
      cvar99: 0,
      scenarios: 4,
    });
  });

  it('reports zero risk without scenarios', () => {
    expect(historicalVar([])).toEqual({ var95: 0, var99: 0, cvar95: 0, cvar99: 0, scenarios: 0 });
  });

  it('rounds to cents', () => {
    expect(tailRisk([-0.1 - 0.2, 1, 2], 0.99)).toEqual({
      valueAtRisk: 0.3,
      expectedShortfall: 0.3,
    });
  });

  it('never reports CVaR below VaR', () => {
    const skewed = [...HUNDRED, -1_000, -400];
    const { var95, cvar95, var99, cvar99 } = historicalVar(skewed);
    expect(cvar95).toBeGreaterThanOrEqual(var95);
    expect(cvar99).toBeGreaterThanOrEqual(var99);
    expect(var99).toBe(400);
    expect(cvar99).toBe(700);
  });
});
