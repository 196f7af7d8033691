// Pre-trade risk limits: the largest 1-day 99 % VaR a portfolio may carry
// after a trade, per subscription tier. These are product defaults that an
// operator overrides with RISK_LIMITS_JSON; they are not regulatory figures.

import type { Tier } from '../identity/vocabulary.js';

export type RiskLimits = Readonly<Record<Tier, number>>;

/** USD of 1-day 99 % VaR. */
export const DEFAULT_RISK_LIMITS: RiskLimits = Object.freeze({
  free: 50_000,
  basic: 250_000,
  premium: 1_000_000,
  enterprise: 5_000_000,
});

export const DEFAULT_VAR_WINDOW_DAYS = 500;
