import { describe, expect, it } from 'vitest';

import { marketsOpenAt, nextOpening } from '../../src/compliance/market-status.js';

describe('market status', () => {
  it('finds the UK and EU open on a Friday morning in London, and the Middle East in its weekend', () => {
    expect(marketsOpenAt(new Date('2026-12-04T10:00:00Z'))).toEqual(['UK', 'EU']);
  });

  it('finds the Middle East open on a Sunday, when the others are in their weekend', () => {
    expect(marketsOpenAt(new Date('2026-12-06T06:00:00Z'))).toEqual(['ME']);
  });

  it('finds every market closed early on a Saturday', () => {
    expect(marketsOpenAt(new Date('2026-12-05T02:00:00Z'))).toEqual([]);
  });

  it('names the next quarter hour at which some market opens', () => {
    // Saturday 02:00 UTC: the next opening is the Middle East, Sunday 08:00 Dubai.
    expect(nextOpening(new Date('2026-12-05T02:00:00Z'))?.toISOString()).toBe(
      '2026-12-06T04:00:00.000Z',
    );
  });
});
