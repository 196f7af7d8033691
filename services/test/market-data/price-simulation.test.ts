import { describe, expect, it } from 'vitest';
import { simulatePriceSeries } from '../../src/market-data/price-simulation.js';

const END = new Date('2026-03-13T15:00:00Z'); // a Friday

describe('simulatePriceSeries', () => {
  it('is deterministic for a seed and an end day', () => {
    expect(simulatePriceSeries(42, END)).toEqual(simulatePriceSeries(42, END));
  });

  it('gives another path for another seed', () => {
    const a = simulatePriceSeries(42, END).BRENT.map((p) => p.price);
    const b = simulatePriceSeries(43, END).BRENT.map((p) => p.price);
    expect(a).not.toEqual(b);
  });

  it('covers about three years of weekdays ending on the end day', () => {
    const { BRENT, WTI, HH } = simulatePriceSeries(42, END);

    expect(BRENT.length).toBeGreaterThanOrEqual(780);
    expect(BRENT.length).toBeLessThanOrEqual(785);
    expect(BRENT.at(-1)?.date).toBe('2026-03-13');
    expect(WTI.map((p) => p.date)).toEqual(BRENT.map((p) => p.date));
    expect(HH.map((p) => p.date)).toEqual(BRENT.map((p) => p.date));
    const weekdays = BRENT.map((p) => new Date(`${p.date}T00:00:00Z`).getUTCDay());
    expect(weekdays.some((d) => d === 0 || d === 6)).toBe(false);
  });

  it('ends on the last weekday when the end day is a weekend', () => {
    const sunday = new Date('2026-03-15T10:00:00Z');
    expect(simulatePriceSeries(42, sunday).WTI.at(-1)?.date).toBe('2026-03-13');
  });

  it('moves Brent and WTI together', () => {
    const { BRENT, WTI } = simulatePriceSeries(7, END);
    const changes = (points: readonly { price: number }[]) =>
      points.slice(1).map((p, i) => p.price - (points[i]?.price ?? 0));
    const [b, w] = [changes(BRENT), changes(WTI)];
    const sameDirection = b.filter((x, i) => Math.sign(x) === Math.sign(w[i] ?? 0)).length;
    expect(sameDirection / b.length).toBeGreaterThan(0.75);
  });

  it('produces finite positive prices at the instrument precision', () => {
    const { BRENT, HH } = simulatePriceSeries(42, END);
    expect(BRENT.every((p) => p.price > 0 && Number.isInteger(Math.round(p.price * 100)))).toBe(
      true,
    );
    expect(
      HH.every((p) => p.price > 0 && Math.abs(p.price * 1000 - Math.round(p.price * 1000)) < 1e-6),
    ).toBe(true);
  });
});
