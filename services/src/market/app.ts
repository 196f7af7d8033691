// The market service: the instrument catalogue, daily price history and the
// current quotes. It reads the shared in-memory history; nothing here writes.

import type { FastifyInstance } from 'fastify';
import { createServiceApp, type ServiceAppOptions } from '../http/create-service-app.js';
import { ProblemError } from '../http/problem.js';
import { integerQuerySchema, noQuerySchema, parseIntegerQuery } from '../http/query-schemas.js';
import { findInstrument, INSTRUMENTS, type Instrument } from '../market-data/instruments.js';
import type { PriceHistory } from '../market-data/price-history.js';
import type { QuoteSource } from '../market-data/quote-source.js';

export interface MarketAppDeps extends ServiceAppOptions {
  history: PriceHistory;
  quotes: QuoteSource;
}

const MAX_PRICE_POINTS = 20_000;

const symbolParams = {
  type: 'object',
  required: ['symbol'],
  additionalProperties: false,
  properties: { symbol: { type: 'string', minLength: 1, maxLength: 16 } },
} as const;

const priceQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    limit: integerQuerySchema,
  },
} as const;

interface SymbolParams {
  symbol: string;
}

interface PriceQuery {
  from?: string;
  to?: string;
  limit?: string;
}

export function buildMarketApp(deps: MarketAppDeps): FastifyInstance {
  const app = createServiceApp('market', deps);

  app.get('/instruments', { schema: { querystring: noQuerySchema } }, async () => ({
    instruments: INSTRUMENTS,
  }));

  app.get<{ Params: SymbolParams; Querystring: PriceQuery }>(
    '/prices/:symbol',
    { schema: { params: symbolParams, querystring: priceQuery } },
    async (request) => {
      const found = knownInstrument(request.params.symbol);
      const { from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to) {
        throw new ProblemError(
          'invalid_request',
          `querystring.from (${from}) must not be after querystring.to (${to})`,
        );
      }
      const limit = parseIntegerQuery('limit', request.query.limit, {
        min: 1,
        max: MAX_PRICE_POINTS,
        fallback: MAX_PRICE_POINTS,
      });

      return {
        symbol: found.symbol,
        unit: found.unit,
        currency: found.currency,
        prices: deps.history.range(found.symbol, { from, to, limit }),
      };
    },
  );

  app.get('/quotes', { schema: { querystring: noQuerySchema } }, async () => ({
    quotes: deps.quotes.quotes(),
  }));

  app.get<{ Params: SymbolParams }>(
    '/quotes/:symbol',
    { schema: { params: symbolParams, querystring: noQuerySchema } },
    async (request) => ({
      quote: deps.quotes.quote(knownInstrument(request.params.symbol).symbol),
    }),
  );

  return app;
}

function knownInstrument(symbol: string): Instrument {
  const found = findInstrument(symbol);
  if (found === undefined) {
    throw new ProblemError(
      'instrument_unknown',
      `params.symbol ${symbol} is not a known instrument`,
    );
  }
  return found;
}
