// The compliance service: the pre-trade verdict for the caller's jurisdiction
// and the published rule set of each jurisdiction.

import type { FastifyInstance } from 'fastify';
import { identityOf } from '../http/authorization.js';
import { createServiceApp, type ServiceAppOptions } from '../http/create-service-app.js';
import { ProblemError } from '../http/problem.js';
import { noQuerySchema } from '../http/query-schemas.js';
import { isJurisdictionCode } from '../identity/vocabulary.js';
import type { MarketClock } from '../market-data/market-clock.js';
import { preTradeBodySchema, type PreTradeBody } from '../portfolio/holdings.js';
import { checkPreTrade } from './pre-trade-checks.js';
import type { PositionLimits, RuleBook } from './rules.js';

export interface ComplianceAppDeps extends ServiceAppOptions {
  rules: RuleBook;
  positionLimits: PositionLimits;
  clock: MarketClock;
}

export function buildComplianceApp(deps: ComplianceAppDeps): FastifyInstance {
  const app = createServiceApp('compliance', deps);
  const config = { rules: deps.rules, positionLimits: deps.positionLimits };

  app.post<{ Body: PreTradeBody }>(
    '/checks/pre-trade',
    { schema: { body: preTradeBodySchema, querystring: noQuerySchema } },
    async (request) => {
      const identity = identityOf(request);
      const now = deps.clock.now();
      const failures = checkPreTrade(
        {
          jurisdiction: identity.jurisdiction,
          order: request.body.order,
          positions: request.body.positions,
          now,
        },
        config,
      );
      if (failures.length > 0) {
        request.log.info({ rules: failures.map((f) => f.rule) }, 'compliance check failed');
      }
      return {
        approved: failures.length === 0,
        failures,
        jurisdiction: identity.jurisdiction,
        checkedAt: now.toISOString(),
      };
    },
  );

  app.get<{ Params: { jurisdiction: string } }>(
    '/rules/:jurisdiction',
    {
      schema: {
        querystring: noQuerySchema,
        params: {
          type: 'object',
          required: ['jurisdiction'],
          additionalProperties: false,
          properties: { jurisdiction: { type: 'string', minLength: 1, maxLength: 8 } },
        },
      },
    },
    async (request) => {
      const code = request.params.jurisdiction;
      if (!isJurisdictionCode(code)) {
        throw new ProblemError(
          'jurisdiction_unknown',
          `params.jurisdiction ${code} is not one of ${Object.keys(deps.rules).join(', ')}`,
        );
      }
      const rules = deps.rules[code];
      return {
        rules: {
          code: rules.code,
          name: rules.name,
          timeZone: rules.timeZone,
          tradingHours: { open: rules.open, close: rules.close },
          weekend: rules.weekend,
          regulators: rules.regulators,
          shariaScreen: rules.shariaScreen,
          positionLimits: deps.positionLimits,
        },
      };
    },
  );

  return app;
}
