import { describe, expect, it } from 'vitest';
import { netLots, signedLots } from '../../src/portfolio/holdings.js';

describe('signedLots', () => {
  it('counts a buy as positive lots and a sell as negative lots', () => {
    expect(signedLots({ side: 'buy', quantity: 7 })).toBe(7);
    expect(signedLots({ side: 'sell', quantity: 7 })).toBe(-7);
  });
});

describe('netLots', () => {
  it('sums every entry of the instrument and ignores the others', () => {
    const holdings = [
      { instrument: 'WTI' as const, quantity: 5 },
      { instrument: 'HH' as const, quantity: 9 },
      { instrument: 'WTI' as const, quantity: -8 },
    ];
    expect(netLots(holdings, 'WTI')).toBe(-3);
    expect(netLots(holdings, 'BRENT')).toBe(0);
  });
});
