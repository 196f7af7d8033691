// Which jurisdictions' markets are open at an instant, and the next instant
// some are: for operators and the demo launcher, which tell a user where a
// trade can pass the trading-hours rule right now.
import type { JurisdictionCode } from '../identity/vocabulary.js';
import { DEFAULT_RULE_BOOK, type RuleBook } from './rules.js';
import { isWeekend, isWithinHours, localTime } from './trading-hours.js';

const QUARTER_HOUR_MS = 15 * 60_000;
const SEARCH_LIMIT_MS = 8 * 24 * 60 * 60_000;

export function marketsOpenAt(
  instant: Date,
  rules: RuleBook = DEFAULT_RULE_BOOK,
): JurisdictionCode[] {
  return (Object.keys(rules) as JurisdictionCode[]).filter((code) => {
    const session = rules[code];
    const local = localTime(instant, session.timeZone);
    return !isWeekend(local, session) && isWithinHours(local, session);
  });
}

/** The first quarter hour at or after `from` when at least one market is open. */
export function nextOpening(from: Date, rules: RuleBook = DEFAULT_RULE_BOOK): Date | undefined {
  const start = Math.ceil(from.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  for (let t = start; t < start + SEARCH_LIMIT_MS; t += QUARTER_HOUR_MS) {
    if (marketsOpenAt(new Date(t), rules).length > 0) return new Date(t);
  }
  return undefined;
}
