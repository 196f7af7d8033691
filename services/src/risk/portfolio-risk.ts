// The risk service's two questions: how much can this portfolio lose in a day,
// and may this order be added to it. A trade is refused when the portfolio
// after it breaches the tier's VaR limit, unless the trade lowers the risk:
// a user above the limit must always be able to trade out of it.

import type { Tier } from '../identity/vocabulary.js';
import type { PriceHistory } from '../market-data/price-history.js';
import { signedLots, type Holding, type OrderIntent } from '../portfolio/holdings.js';
import { historicalVar, type VarSummary } from './historical-var.js';
import { netHoldings, pnlScenarios } from './pnl-scenarios.js';
import type { RiskLimits } from './risk-limits.js';

export interface PortfolioVar extends VarSummary {
  window: { from: string; to: string } | null;
}

export interface PreTradeVerdict {
  approved: boolean;
  reasons: { rule: 'var_limit'; message: string }[];
  var99Before: number;
  var99After: number;
  limit: number;
  tier: Tier;
}

export function portfolioVar(
  history: PriceHistory,
  positions: readonly Holding[],
  windowDays: number,
): PortfolioVar {
  const scenarios = pnlScenarios(history, netHoldings(positions), windowDays);
  return { ...historicalVar(scenarios.pnl), window: scenarios.window };
}

export function preTradeRisk(
  history: PriceHistory,
  positions: readonly Holding[],
  order: OrderIntent,
  context: { tier: Tier; limits: RiskLimits; windowDays: number },
): PreTradeVerdict {
  const after = [...positions, { instrument: order.instrument, quantity: signedLots(order) }];

  const var99Before = portfolioVar(history, positions, context.windowDays).var99;
  const var99After = portfolioVar(history, after, context.windowDays).var99;
  const limit = context.limits[context.tier];

  const withinLimit = var99After <= limit;
  const reducesRisk = var99After < var99Before;
  const approved = withinLimit || reducesRisk;

  const reasons: PreTradeVerdict['reasons'] = approved
    ? []
    : [
        {
          rule: 'var_limit',
          message:
            `post-trade 1-day 99% VaR ${usd(var99After)} USD exceeds the ${context.tier} ` +
            `tier limit of ${usd(limit)} USD`,
        },
      ];

  return { approved, reasons, var99Before, var99After, limit, tier: context.tier };
}

const USD = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function usd(amount: number): string {
  return USD.format(amount);
}
