// The pre-trade compliance verdict. Every rule is evaluated and every failure
// is listed, so the trader sees all that stands in the way at once.

import type { JurisdictionCode } from '../identity/vocabulary.js';
import { netLots, signedLots, type Holding, type OrderIntent } from '../portfolio/holdings.js';
import type { JurisdictionRules, PositionLimits, RuleBook } from './rules.js';
import { isWeekend, isWithinHours, localTime } from './trading-hours.js';

export type ComplianceRule =
  'jurisdiction_missing' | 'trading_hours' | 'weekend' | 'position_limit' | 'sharia_short_sale';

export interface RuleFailure {
  rule: ComplianceRule;
  message: string;
}

export interface PreTradeInput {
  jurisdiction: JurisdictionCode | null;
  order: OrderIntent;
  positions: readonly Holding[];
  now: Date;
}

export interface ComplianceConfig {
  rules: RuleBook;
  positionLimits: PositionLimits;
}

export function checkPreTrade(input: PreTradeInput, config: ComplianceConfig): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const current = netLots(input.positions, input.order.instrument);
  const projected = current + signedLots(input.order);

  if (input.jurisdiction === null) {
    failures.push({
      rule: 'jurisdiction_missing',
      message: 'the account has no jurisdiction; finish onboarding first',
    });
  } else {
    const rules = config.rules[input.jurisdiction];
    failures.push(...sessionFailures(rules, input.now));
    if (rules.shariaScreen && input.order.side === 'sell' && projected < 0) {
      failures.push({
        rule: 'sharia_short_sale',
        message:
          `${rules.code} accounts follow a Sharia screen: selling ${lots(input.order.quantity)} ` +
          `of ${input.order.instrument} while holding ${lots(current)} would sell what is not held`,
      });
    }
  }

  const limit = config.positionLimits[input.order.instrument];
  // A trade that shrinks an oversized position is allowed: it is the way back under the limit.
  if (Math.abs(projected) > limit && Math.abs(projected) > Math.abs(current)) {
    failures.push({
      rule: 'position_limit',
      message:
        `projected ${input.order.instrument} position of ${lots(projected)} exceeds ` +
        `the limit of ${lots(limit)}`,
    });
  }
  return failures;
}

function sessionFailures(rules: JurisdictionRules, now: Date): RuleFailure[] {
  const local = localTime(now, rules.timeZone);
  const failures: RuleFailure[] = [];

  if (isWeekend(local, rules)) {
    failures.push({
      rule: 'weekend',
      message: `${rules.code} market is closed on ${local.weekday}`,
    });
  }
  if (!isWithinHours(local, rules)) {
    failures.push({
      rule: 'trading_hours',
      message:
        `${rules.code} market is closed: trading hours are ${rules.open}–${rules.close} ` +
        `${rules.timeZone}, local time is ${local.text}`,
    });
  }
  return failures;
}

const LOTS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function lots(quantity: number): string {
  return `${LOTS.format(quantity)} ${Math.abs(quantity) === 1 ? 'lot' : 'lots'}`;
}
