import { describe, expect, it } from 'vitest';
import { checkPreTrade, type PreTradeInput } from '../../src/compliance/pre-trade-checks.js';
import { DEFAULT_POSITION_LIMITS, DEFAULT_RULE_BOOK } from '../../src/compliance/rules.js';

const config = { rules: DEFAULT_RULE_BOOK, positionLimits: DEFAULT_POSITION_LIMITS };
// Wednesday 2026-01-14, 10:00 in London, 14:00 in Dubai, 05:00 in New York.
const LONDON_MORNING = new Date('2026-01-14T10:00:00Z');

function check(input: Partial<PreTradeInput>) {
  return checkPreTrade(
    {
      jurisdiction: 'UK',
      order: { instrument: 'BRENT', side: 'buy', quantity: 10 },
      positions: [],
      now: LONDON_MORNING,
      ...input,
    },
    config,
  );
}

describe('checkPreTrade', () => {
  it('passes an order inside hours and limits', () => {
    expect(check({})).toEqual([]);
  });

  it('fails outside trading hours with the hours, time zone and local time', () => {
    // 17:02 GMT on a Wednesday.
    expect(check({ now: new Date('2026-01-14T17:02:00Z') })).toEqual([
      {
        rule: 'trading_hours',
        message:
          'UK market is closed: trading hours are 08:00–16:30 Europe/London, local time is 17:02',
      },
    ]);
  });

  it('fails on a weekend day of the jurisdiction', () => {
    // Friday 10:00 in Dubai is inside hours but on the weekend.
    expect(check({ jurisdiction: 'ME', now: new Date('2026-01-16T06:00:00Z') })).toEqual([
      { rule: 'weekend', message: 'ME market is closed on Friday' },
    ]);
  });

  it('fails when the projected position exceeds the instrument limit', () => {
    const failures = check({
      positions: [{ instrument: 'BRENT', quantity: 995 }],
      order: { instrument: 'BRENT', side: 'buy', quantity: 10 },
    });
    expect(failures).toEqual([
      {
        rule: 'position_limit',
        message: 'projected BRENT position of 1,005 lots exceeds the limit of 1,000 lots',
      },
    ]);
  });

  it('applies the limit to short positions too', () => {
    const failures = check({ order: { instrument: 'HH', side: 'sell', quantity: 501 } });
    expect(failures.map((f) => f.rule)).toEqual(['position_limit']);
    expect(failures[0]?.message).toBe(
      'projected HH position of -501 lots exceeds the limit of 500 lots',
    );
  });

  it('allows a trade that shrinks a position already above the limit', () => {
    const failures = check({
      positions: [{ instrument: 'WTI', quantity: 1_500 }],
      order: { instrument: 'WTI', side: 'sell', quantity: 100 },
    });
    expect(failures).toEqual([]);
  });

  it('lists every failed rule, not only the first', () => {
    // Saturday 2026-01-17 at 17:02 in London, 1,001 lots.
    const failures = check({
      now: new Date('2026-01-17T17:02:00Z'),
      order: { instrument: 'WTI', side: 'buy', quantity: 1_001 },
    });
    expect(failures.map((f) => f.rule)).toEqual(['weekend', 'trading_hours', 'position_limit']);
  });

  it('fails jurisdiction_missing before onboarding and still checks limits', () => {
    const failures = check({
      jurisdiction: null,
      order: { instrument: 'HH', side: 'buy', quantity: 600 },
    });
    expect(failures).toEqual([
      {
        rule: 'jurisdiction_missing',
        message: 'the account has no jurisdiction; finish onboarding first',
      },
      {
        rule: 'position_limit',
        message: 'projected HH position of 600 lots exceeds the limit of 500 lots',
      },
    ]);
  });

  it('screens Middle East accounts against selling what is not held', () => {
    const failures = check({
      jurisdiction: 'ME',
      positions: [{ instrument: 'WTI', quantity: 3 }],
      order: { instrument: 'WTI', side: 'sell', quantity: 5 },
    });
    expect(failures).toEqual([
      {
        rule: 'sharia_short_sale',
        message:
          'ME accounts follow a Sharia screen: selling 5 lots of WTI while holding 3 lots would sell what is not held',
      },
    ]);
    const covered = check({
      jurisdiction: 'ME',
      positions: [{ instrument: 'WTI', quantity: 5 }],
      order: { instrument: 'WTI', side: 'sell', quantity: 5 },
    });
    expect(covered).toEqual([]);
  });

  it('lets other jurisdictions sell short', () => {
    expect(check({ order: { instrument: 'WTI', side: 'sell', quantity: 5 } })).toEqual([]);
  });
});
