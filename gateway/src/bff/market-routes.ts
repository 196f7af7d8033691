/**
 * Market data for the screens: the instrument list and daily price history.
 * The query is validated here so a bad date is a 400 naming the field
 * before any service is called.
 */
import type { FastifyInstance } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import type { Instrument } from './service-types.js';
import { callsFor } from './user-calls.js';

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const pricesSchema = {
  params: {
    type: 'object',
    properties: { symbol: { type: 'string', pattern: '^[A-Za-z0-9]{1,16}$' } },
    required: ['symbol'],
  },
  querystring: {
    type: 'object',
    properties: {
      from: { type: 'string', pattern: ISO_DATE },
      to: { type: 'string', pattern: ISO_DATE },
      limit: { type: 'integer', minimum: 1, maximum: 20_000 },
    },
    additionalProperties: false,
  },
} as const;

interface PricesRequest {
  Params: { symbol: string };
  Querystring: { from?: string; to?: string; limit?: number };
}

export function registerMarketRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/api/market/instruments', async (request) =>
    callsFor(ctx, request).get<{ instruments: Instrument[] }>('market', '/instruments'),
  );

  app.get<PricesRequest>(
    '/api/market/prices/:symbol',
    { schema: pricesSchema },
    async (request) => {
      const symbol = request.params.symbol.toUpperCase();
      const { from, to, limit } = request.query;
      return callsFor(ctx, request).get('market', `/prices/${symbol}`, { from, to, limit });
    },
  );
}
