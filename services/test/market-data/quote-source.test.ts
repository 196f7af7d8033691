import { describe, expect, it } from 'vitest';
import { QuoteSource } from '../../src/market-data/quote-source.js';
import { smallHistory } from '../support/price-data.js';

const NOW = new Date('2026-01-12T10:00:00Z');

describe('QuoteSource', () => {
  it('starts each quote at the last close with the close before as previous close', () => {
    const quotes = new QuoteSource(smallHistory(), () => NOW);

    expect(quotes.quote('BRENT')).toEqual({
      symbol: 'BRENT',
      price: 80,
      asOf: '2026-01-12T10:00:00.000Z',
      previousClose: 82,
      change: -2,
    });
    expect(quotes.quotes().map((q) => q.symbol)).toEqual(['BRENT', 'WTI', 'HH']);
  });

  it('rounds the change to hide binary noise', () => {
    const quotes = new QuoteSource(smallHistory(), () => NOW);
    expect(quotes.quote('HH').change).toBe(0.5);
    quotes.update('HH', 3.25 + 0.1);
    expect(quotes.quote('HH').change).toBe(0.1);
  });

  it('moves the price on update, stamps the tick time and tells subscribers', () => {
    const quotes = new QuoteSource(smallHistory(), () => NOW);
    const heard: number[] = [];
    const unsubscribe = quotes.subscribe((q) => heard.push(q.price));

    const tickAt = new Date('2026-01-12T10:00:05Z');
    const quote = quotes.update('WTI', -1.5, tickAt);
    unsubscribe();
    quotes.update('WTI', 2);

    expect(quote).toEqual({
      symbol: 'WTI',
      price: -1.5,
      asOf: '2026-01-12T10:00:05.000Z',
      previousClose: 77,
      change: -78.5,
    });
    expect(heard).toEqual([-1.5]);
  });

  it('refuses a non-finite price', () => {
    const quotes = new QuoteSource(smallHistory(), () => NOW);
    expect(() => quotes.update('WTI', Number.NaN)).toThrow('quote for WTI must be finite');
  });
});
