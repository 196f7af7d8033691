import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuoteSource } from '../../src/market-data/quote-source.js';
import { dailyChangeDeviation, startTickStream } from '../../src/market-data/tick-stream.js';
import { smallHistory } from '../support/price-data.js';

const NOW = new Date('2026-01-12T10:00:00Z');

afterEach(() => vi.useRealTimers());

function stream(seed: number, intervalMs = 60_000) {
  const history = smallHistory();
  const quotes = new QuoteSource(history, () => NOW);
  return { quotes, ticks: startTickStream({ history, quotes, intervalMs, seed }) };
}

describe('dailyChangeDeviation', () => {
  it('is the sample standard deviation of absolute daily changes', () => {
    // BRENT changes +1, -2, +3, -2: mean 0, squares 1 + 4 + 9 + 4 = 18, / 3 = 6.
    expect(dailyChangeDeviation(smallHistory(), 'BRENT')).toBeCloseTo(Math.sqrt(6), 12);
  });
});

describe('startTickStream', () => {
  it('moves every quote by a step at the instrument precision', () => {
    const { quotes, ticks } = stream(1);
    ticks.tick();
    ticks.stop();

    const [brent, wti, hh] = quotes.quotes();
    expect(brent?.price).not.toBe(80);
    expect(Math.abs((brent?.price ?? 0) - 80)).toBeLessThan(3);
    expect(Number.isInteger(Math.round((wti?.price ?? 0) * 100))).toBe(true);
    expect(Math.abs((hh?.price ?? 0) * 1000 - Math.round((hh?.price ?? 0) * 1000))).toBeLessThan(
      1e-6,
    );
  });

  it('replays the same path for the same seed', () => {
    const a = stream(9);
    const b = stream(9);
    for (let i = 0; i < 5; i += 1) {
      a.ticks.tick();
      b.ticks.tick();
    }
    a.ticks.stop();
    b.ticks.stop();
    expect(a.quotes.quotes()).toEqual(b.quotes.quotes());
  });

  it('ticks on its interval until stopped', () => {
    vi.useFakeTimers();
    const { quotes, ticks } = stream(3, 1_000);
    const heard: string[] = [];
    quotes.subscribe((q) => heard.push(q.symbol));

    vi.advanceTimersByTime(2_500);
    ticks.stop();
    vi.advanceTimersByTime(5_000);

    expect(heard).toEqual(['BRENT', 'WTI', 'HH', 'BRENT', 'WTI', 'HH']);
  });
});
