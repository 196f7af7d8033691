import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_BOOK } from '../../src/compliance/rules.js';
import {
  isWeekend,
  isWithinHours,
  localTime,
  minutesOfDay,
} from '../../src/compliance/trading-hours.js';

const { UK, US, EU, ME, GY } = DEFAULT_RULE_BOOK;

function openAt(rules: typeof UK, instant: string): boolean {
  const local = localTime(new Date(instant), rules.timeZone);
  return isWithinHours(local, rules) && !isWeekend(local, rules);
}

describe('localTime', () => {
  it('reads wall-clock time and weekday in the market time zone', () => {
    expect(localTime(new Date('2026-01-15T12:34:00Z'), 'Asia/Dubai')).toEqual({
      weekday: 'Thursday',
      minutes: 16 * 60 + 34,
      text: '16:34',
    });
  });

  it('prints the hour after midnight as 00, not 24', () => {
    expect(localTime(new Date('2026-01-15T00:30:00Z'), 'Europe/London').text).toBe('00:30');
  });

  it('moves to the next local day across midnight', () => {
    // Friday 22:00 UTC is already Saturday 02:00 in Dubai.
    expect(localTime(new Date('2026-03-13T22:00:00Z'), 'Asia/Dubai').weekday).toBe('Saturday');
  });
});

describe('trading hours across daylight-saving changes', () => {
  it('opens London at 08:00 GMT before and 08:00 BST after 29 March 2026', () => {
    expect(openAt(UK, '2026-03-27T07:59:00Z')).toBe(false);
    expect(openAt(UK, '2026-03-27T08:00:00Z')).toBe(true);
    // After the change 07:00 UTC is 08:00 local.
    expect(openAt(UK, '2026-03-30T06:59:00Z')).toBe(false);
    expect(openAt(UK, '2026-03-30T07:00:00Z')).toBe(true);
  });

  it('closes London at 16:30 local, exclusive', () => {
    expect(openAt(UK, '2026-03-30T15:29:00Z')).toBe(true);
    expect(openAt(UK, '2026-03-30T15:30:00Z')).toBe(false);
  });

  it('opens New York at 09:30 EST before and EDT after 8 March 2026', () => {
    expect(openAt(US, '2026-03-06T14:29:00Z')).toBe(false);
    expect(openAt(US, '2026-03-06T14:30:00Z')).toBe(true);
    expect(openAt(US, '2026-03-09T13:30:00Z')).toBe(true);
    expect(openAt(US, '2026-03-09T13:29:00Z')).toBe(false);
  });

  it('returns New York to EST after 1 November 2026', () => {
    expect(openAt(US, '2026-10-30T13:30:00Z')).toBe(true);
    expect(openAt(US, '2026-11-02T13:30:00Z')).toBe(false);
    expect(openAt(US, '2026-11-02T14:30:00Z')).toBe(true);
    expect(openAt(US, '2026-11-02T20:59:00Z')).toBe(true);
    expect(openAt(US, '2026-11-02T21:00:00Z')).toBe(false);
  });

  it('keeps Amsterdam on CET while New York is already on EDT', () => {
    // 16:29 UTC on 2026-03-27 is 17:29 CET (open); on 2026-03-30 it is 18:29 CEST.
    expect(openAt(EU, '2026-03-27T16:29:00Z')).toBe(true);
    expect(openAt(EU, '2026-03-30T16:29:00Z')).toBe(false);
    expect(openAt(EU, '2026-03-30T15:29:00Z')).toBe(true);
  });

  it('keeps Dubai and Guyana, which have no daylight saving, on fixed offsets all year', () => {
    for (const day of ['2026-01-14', '2026-07-15']) {
      expect(openAt(ME, `${day}T04:00:00Z`)).toBe(true);
      expect(openAt(ME, `${day}T11:59:00Z`)).toBe(true);
      expect(openAt(ME, `${day}T12:00:00Z`)).toBe(false);
      expect(openAt(GY, `${day}T12:00:00Z`)).toBe(true);
      expect(openAt(GY, `${day}T11:59:00Z`)).toBe(false);
    }
  });
});

describe('weekends', () => {
  it('closes the Middle East on Friday and Saturday and opens it on Sunday', () => {
    expect(openAt(ME, '2026-03-13T08:00:00Z')).toBe(false);
    expect(openAt(ME, '2026-03-14T08:00:00Z')).toBe(false);
    expect(openAt(ME, '2026-03-15T08:00:00Z')).toBe(true);
  });

  it('closes the other regions on Saturday and Sunday and opens them on Friday', () => {
    for (const rules of [US, UK, EU, GY]) {
      expect(openAt(rules, '2026-03-14T15:00:00Z')).toBe(false);
      expect(openAt(rules, '2026-03-15T15:00:00Z')).toBe(false);
    }
    expect(openAt(UK, '2026-03-13T10:00:00Z')).toBe(true);
  });
});

describe('minutesOfDay', () => {
  it('parses HH:MM and refuses anything else', () => {
    expect(minutesOfDay('16:30')).toBe(990);
    expect(() => minutesOfDay('24:00')).toThrow('expected a time as HH:MM, got "24:00"');
    expect(() => minutesOfDay('9:30')).toThrow(RangeError);
  });
});
