/**
 * Trading routes: place a trade through the workflow, list orders, cancel
 * an open order, and the marked-to-market portfolio. Placing needs the
 * `trader` (or `admin`) role and a completed onboarding; cancelling runs
 * under the same per-user lock as placing, so the book the checks saw holds.
 */
import type { FastifyInstance } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import { GatewayError } from '../errors/gateway-error.js';
import { markPositions } from './portfolio-view.js';
import { requireOnboarded, requireRole, sessionOf } from './route-guards.js';
import type { Instrument, Order, Position, Quote } from './service-types.js';
import { submitTrade } from './trade-submission.js';
import type { TradeRequest } from './trade-workflow.js';
import { callsFor } from './user-calls.js';

const tradeSchema = {
  body: {
    type: 'object',
    properties: {
      instrument: { type: 'string', pattern: '^[A-Z0-9]{1,16}$' },
      side: { type: 'string', enum: ['buy', 'sell'] },
      quantity: { type: 'integer', minimum: 1, maximum: 100_000 },
      type: { type: 'string', enum: ['market', 'limit'] },
      limitPrice: { type: 'number', minimum: -1_000_000, maximum: 1_000_000 },
    },
    required: ['instrument', 'side', 'quantity', 'type'],
    additionalProperties: false,
  },
} as const;

const orderIdSchema = {
  params: {
    type: 'object',
    properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
    required: ['id'],
  },
} as const;

export function registerTradeRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  app.post<{ Body: TradeRequest }>(
    '/api/trades',
    { schema: tradeSchema },
    async (request, reply) => {
      const session = sessionOf(request);
      requireRole(session, ['trader', 'admin']);
      requireOnboarded(session);

      const trade = request.body;
      if (trade.type === 'limit' && trade.limitPrice === undefined) {
        throw new GatewayError('invalid_request', 'body.limitPrice is required for a limit order');
      }
      if (trade.type === 'market' && trade.limitPrice !== undefined) {
        throw new GatewayError(
          'invalid_request',
          'body.limitPrice is only allowed for a limit order',
        );
      }

      return submitTrade(ctx, request, reply, trade);
    },
  );

  app.get('/api/orders', async (request) =>
    callsFor(ctx, request).get<{ orders: Order[] }>('trading', '/orders'),
  );

  app.delete<{ Params: { id: string } }>(
    '/api/orders/:id',
    { schema: orderIdSchema },
    async (request) => {
      const session = sessionOf(request);
      requireRole(session, ['trader', 'admin']);
      return ctx.locks.run(`trade:${session.user.id}`, () =>
        callsFor(ctx, request).delete('trading', `/orders/${request.params.id}`),
      );
    },
  );

  app.get('/api/portfolio', async (request) => {
    const calls = callsFor(ctx, request);
    const [{ positions }, { quotes }, { instruments }] = await Promise.all([
      calls.get<{ positions: Position[] }>('trading', '/positions'),
      calls.get<{ quotes: Quote[] }>('market', '/quotes'),
      calls.get<{ instruments: Instrument[] }>('market', '/instruments'),
    ]);
    return markPositions(positions, quotes, instruments);
  });
}
