// The trading service: a user's orders and positions. Orders arrive from the
// gateway's trade workflow already priced, checked for risk and compliance;
// this service executes them and keeps the book.

import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { identityOf, requireJurisdiction, requireRole } from '../http/authorization.js';
import { createServiceApp, type ServiceAppOptions } from '../http/create-service-app.js';
import { ProblemError } from '../http/problem.js';
import { integerQuerySchema, noQuerySchema, parseIntegerQuery } from '../http/query-schemas.js';
import { instrument as instrumentOf, INSTRUMENT_SYMBOLS } from '../market-data/instruments.js';
import type { MarketClock } from '../market-data/market-clock.js';
import type { QuoteSource } from '../market-data/quote-source.js';
import { MAX_ORDER_LOTS } from '../portfolio/holdings.js';
import {
  ClientOrderIdTakenError,
  type NewOrder,
  type Order,
  type TradingStore,
} from '../storage/trading-store.js';
import { startLimitOrderMatcher } from './limit-order-matcher.js';
import { immediateFillPrice } from './order-execution.js';
import { unrealizedPnl } from './position-math.js';

export interface TradingAppDeps extends ServiceAppOptions {
  store: TradingStore;
  quotes: QuoteSource;
  clock: MarketClock;
}

const TRADING_ROLES = ['trader', 'admin'] as const;
const MAX_PRICE = 1_000_000;
const DEFAULT_ORDER_LIST = 100;
const MAX_ORDER_LIST = 1_000;

const priceSchema = { type: 'number', minimum: -MAX_PRICE, maximum: MAX_PRICE } as const;

const placeOrderBody = {
  type: 'object',
  required: ['instrument', 'side', 'quantity', 'type', 'price'],
  additionalProperties: false,
  properties: {
    instrument: { type: 'string', enum: INSTRUMENT_SYMBOLS },
    side: { type: 'string', enum: ['buy', 'sell'] },
    quantity: { type: 'integer', minimum: 1, maximum: MAX_ORDER_LOTS },
    type: { type: 'string', enum: ['market', 'limit'] },
    limitPrice: priceSchema,
    price: priceSchema,
    clientOrderId: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[\\x21-\\x7e]+$' },
  },
} as const;

interface PlaceOrderBody {
  instrument: NewOrder['instrument'];
  side: NewOrder['side'];
  quantity: number;
  type: NewOrder['type'];
  limitPrice?: number;
  price: number;
  clientOrderId?: string;
}

export function buildTradingApp(deps: TradingAppDeps): FastifyInstance {
  const app = createServiceApp('trading', deps);
  const { store, quotes, clock } = deps;

  const matcher = startLimitOrderMatcher(quotes, store, app.log);
  app.addHook('onClose', async () => {
    matcher.stop();
    await matcher.idle();
  });

  app.get('/positions', { schema: { querystring: noQuerySchema } }, async (request) => {
    const identity = identityOf(request);
    const positions = await store.listPositions(identity.userId);
    return {
      positions: positions.map((position) => {
        const markPrice = quotes.quote(position.instrument).price;
        const { lotSize } = instrumentOf(position.instrument);
        return {
          ...position,
          markPrice,
          unrealizedPnl: unrealizedPnl(position, markPrice, lotSize),
        };
      }),
    };
  });

  app.post<{ Body: PlaceOrderBody }>(
    '/orders',
    { schema: { body: placeOrderBody, querystring: noQuerySchema } },
    async (request, reply) => {
      const identity = identityOf(request);
      requireRole(identity, TRADING_ROLES);
      requireJurisdiction(identity);

      const body = request.body;
      const limitPrice = checkedLimitPrice(body);
      const clientOrderId = body.clientOrderId ?? null;

      if (clientOrderId !== null) {
        const earlier = await store.findByClientOrderId(identity.userId, clientOrderId);
        if (earlier !== null) return reply.code(200).send({ order: replayOf(earlier, body) });
      }

      const now = clock.now().toISOString();
      const order: NewOrder = {
        id: `ord_${randomBytes(12).toString('hex')}`,
        userId: identity.userId,
        instrument: body.instrument,
        side: body.side,
        quantity: body.quantity,
        type: body.type,
        limitPrice,
        clientOrderId,
        createdAt: now,
      };
      const fillPrice = immediateFillPrice(body.type, body.side, limitPrice, body.price);
      const fill =
        fillPrice === null
          ? null
          : { price: fillPrice, at: now, lotSize: instrumentOf(body.instrument).lotSize };

      try {
        const placed = await store.placeOrder(order, fill);
        request.log.info({ orderId: placed.id, status: placed.status }, 'order placed');
        return reply.code(201).send({ order: placed });
      } catch (error) {
        // Two submissions with one clientOrderId raced; the first one won.
        if (!(error instanceof ClientOrderIdTakenError) || clientOrderId === null) throw error;
        const winner = await store.findByClientOrderId(identity.userId, clientOrderId);
        if (winner === null) throw error;
        return reply.code(200).send({ order: replayOf(winner, body) });
      }
    },
  );

  app.get<{ Querystring: { limit?: string } }>(
    '/orders',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: integerQuerySchema },
        },
      },
    },
    async (request) => {
      const identity = identityOf(request);
      const limit = parseIntegerQuery('limit', request.query.limit, {
        min: 1,
        max: MAX_ORDER_LIST,
        fallback: DEFAULT_ORDER_LIST,
      });
      return { orders: await store.listOrders(identity.userId, limit) };
    },
  );

  // All open orders, without a page limit: the gateway's pre-trade checks
  // count every resting order, so none may fall off the end of a page.
  app.get('/orders/open', async (request) => ({
    orders: await store.listOpenOrdersOfUser(identityOf(request).userId),
  }));

  app.delete<{ Params: { id: string } }>(
    '/orders/:id',
    {
      schema: {
        querystring: noQuerySchema,
        params: {
          type: 'object',
          required: ['id'],
          additionalProperties: false,
          properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
        },
      },
    },
    async (request) => {
      const identity = identityOf(request);
      requireRole(identity, TRADING_ROLES);

      const result = await store.cancelOrder(
        identity.userId,
        request.params.id,
        clock.now().toISOString(),
      );
      if (result.outcome === 'unknown') {
        throw new ProblemError(
          'order_unknown',
          `params.id ${request.params.id} is not one of your orders`,
        );
      }
      if (result.outcome === 'not_open') {
        throw new ProblemError(
          'order_not_cancellable',
          `order ${result.order.id} is ${result.order.status}; only open orders can be cancelled`,
        );
      }
      request.log.info({ orderId: result.order.id }, 'order cancelled');
      return { order: result.order };
    },
  );

  return app;
}

function checkedLimitPrice(body: PlaceOrderBody): number | null {
  if (body.type === 'limit' && body.limitPrice === undefined) {
    throw new ProblemError('invalid_request', 'body.limitPrice is required for a limit order');
  }
  if (body.type === 'market' && body.limitPrice !== undefined) {
    throw new ProblemError('invalid_request', 'body.limitPrice is only allowed on a limit order');
  }
  return body.limitPrice ?? null;
}

// A resubmitted clientOrderId returns the first order, but only when it asks
// for the same thing; anything else is a client bug worth surfacing.
function replayOf(earlier: Order, body: PlaceOrderBody): Order {
  const same =
    earlier.instrument === body.instrument &&
    earlier.side === body.side &&
    earlier.quantity === body.quantity &&
    earlier.type === body.type &&
    earlier.limitPrice === (body.limitPrice ?? null);
  if (same) return earlier;
  throw new ProblemError(
    'client_order_id_conflict',
    `body.clientOrderId ${earlier.clientOrderId ?? ''} already names order ${earlier.id} with other terms`,
  );
}
