// The risk service: 1-day historical VaR and CVaR of a portfolio, and the
// pre-trade check of the user's tier limit. It reads the shared price history
// in-process, so a risk check never waits on the market service.

import type { FastifyInstance } from 'fastify';
import { identityOf } from '../http/authorization.js';
import { createServiceApp, type ServiceAppOptions } from '../http/create-service-app.js';
import { noQuerySchema } from '../http/query-schemas.js';
import type { MarketClock } from '../market-data/market-clock.js';
import type { PriceHistory } from '../market-data/price-history.js';
import {
  holdingsSchema,
  preTradeBodySchema,
  type Holding,
  type PreTradeBody,
} from '../portfolio/holdings.js';
import { portfolioVar, preTradeRisk } from './portfolio-risk.js';
import type { RiskLimits } from './risk-limits.js';

export interface RiskAppDeps extends ServiceAppOptions {
  history: PriceHistory;
  limits: RiskLimits;
  windowDays: number;
  clock: MarketClock;
}

export function buildRiskApp(deps: RiskAppDeps): FastifyInstance {
  const app = createServiceApp('risk', deps);
  const { history, limits, windowDays, clock } = deps;

  app.post<{ Body: { positions: Holding[] } }>(
    '/var',
    {
      schema: {
        querystring: noQuerySchema,
        body: {
          type: 'object',
          required: ['positions'],
          additionalProperties: false,
          properties: { positions: holdingsSchema },
        },
      },
    },
    async (request) => {
      const result = portfolioVar(history, request.body.positions, windowDays);
      return {
        var95: result.var95,
        var99: result.var99,
        cvar95: result.cvar95,
        cvar99: result.cvar99,
        horizonDays: 1,
        currency: 'USD',
        scenarios: result.scenarios,
        method: 'historical',
        asOf: clock.now().toISOString(),
        window: result.window,
      };
    },
  );

  app.post<{ Body: PreTradeBody }>(
    '/pre-trade',
    { schema: { querystring: noQuerySchema, body: preTradeBodySchema } },
    async (request) => {
      const identity = identityOf(request);
      const verdict = preTradeRisk(history, request.body.positions, request.body.order, {
        tier: identity.tier,
        limits,
        windowDays,
      });
      if (!verdict.approved) {
        request.log.info(
          { tier: verdict.tier, var99After: verdict.var99After },
          'risk limit exceeded',
        );
      }
      return verdict;
    },
  );

  return app;
}
