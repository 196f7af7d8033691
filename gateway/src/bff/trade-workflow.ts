/**
 * The trade workflow: portfolio → risk → compliance → execution.
 *
 * 1. Portfolio: the user's positions and open orders (trading) and the
 *    instrument's current quote (market), fetched together. The quote prices
 *    the whole workflow: risk, compliance and the fill all see the same
 *    number. Open orders count as if filled in the direction of the new
 *    order (a buy is checked against held + resting buys, a sell against
 *    held − resting sells), so resting limit orders cannot stack up beyond
 *    the limits one by one.
 * 2. Risk: the pre-trade check of the post-trade portfolio against the
 *    user's tier limit.
 * 3. Compliance: the rules of the user's jurisdiction. It runs even when
 *    risk refused, so the user learns every reason at once.
 * 4. Execution: only when both approved.
 *
 * A step whose service is unavailable ends the workflow with a 503 that
 * names the step; nothing after it runs, so no order is placed unchecked.
 * The execution carries a client order id, so when its answer is lost the
 * workflow asks again with the same id and trading returns the order it
 * already placed instead of placing a second one.
 */
import { GatewayError, isGatewayError } from '../errors/gateway-error.js';
import type { ServiceName } from '../config/schema.js';
import type { ComplianceVerdict, Order, Position, Quote, RiskVerdict } from './service-types.js';
import type { UserCalls } from './user-calls.js';

export interface TradeRequest {
  instrument: string;
  side: 'buy' | 'sell';
  quantity: number;
  type: 'market' | 'limit';
  limitPrice?: number;
}

export interface RefusalReason {
  source: 'risk' | 'compliance';
  rule: string;
  message: string;
}

type Step = 'portfolio' | 'risk' | 'compliance' | 'execution';

async function step<T>(name: Step, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    const unavailable = error.code === 'upstream_unavailable' || error.code === 'upstream_timeout';
    if (!unavailable) throw error;
    const service = error.extensions['service'] as ServiceName;
    throw new GatewayError(error.code, `the ${name} step failed: ${error.detail}`, {
      cause: error,
      extensions: { service, step: name },
    });
  }
}

interface Holding {
  instrument: string;
  quantity: number;
}

/** Held positions with the open orders on the new order's side added as if filled. */
export function projectedBook(
  positions: readonly Position[],
  orders: readonly Order[],
  side: TradeRequest['side'],
): Holding[] {
  const book = new Map(positions.map((p) => [p.instrument, p.quantity]));
  for (const order of orders) {
    if (order.status !== 'open' || order.side !== side) continue;
    const signed = side === 'buy' ? order.quantity : -order.quantity;
    book.set(order.instrument, (book.get(order.instrument) ?? 0) + signed);
  }
  return [...book].map(([instrument, quantity]) => ({ instrument, quantity }));
}

async function execute(calls: UserCalls, order: Record<string, unknown>): Promise<Order> {
  try {
    return (await calls.post<{ order: Order }>('trading', '/orders', order)).order;
  } catch (error) {
    const lost = isGatewayError(error) && error.status >= 503;
    if (!lost) throw error;
    // Same client order id: trading answers with the order if it was placed.
    return (await calls.post<{ order: Order }>('trading', '/orders', order)).order;
  }
}

async function quoteFor(calls: UserCalls, instrument: string): Promise<Quote> {
  try {
    const { quote } = await calls.get<{ quote: Quote }>('market', `/quotes/${instrument}`);
    return quote;
  } catch (error) {
    if (isGatewayError(error) && error.status === 404) {
      throw new GatewayError(
        'unprocessable',
        `body.instrument ${instrument} is not a known instrument`,
      );
    }
    throw error;
  }
}

export async function runTradeWorkflow(
  calls: UserCalls,
  trade: TradeRequest,
  clientOrderId: string,
): Promise<Order> {
  const { held, quote } = await step('portfolio', async () => {
    const [portfolio, book, current] = await Promise.all([
      calls.get<{ positions: Position[] }>('trading', '/positions'),
      calls.get<{ orders: Order[] }>('trading', '/orders', { limit: 1000 }),
      quoteFor(calls, trade.instrument),
    ]);
    return { held: projectedBook(portfolio.positions, book.orders, trade.side), quote: current };
  });

  const order = { instrument: trade.instrument, side: trade.side, quantity: trade.quantity };

  const risk = await step('risk', () =>
    calls.post<RiskVerdict>('risk', '/pre-trade', { positions: held, order }),
  );
  const compliance = await step('compliance', () =>
    calls.post<ComplianceVerdict>('compliance', '/checks/pre-trade', { positions: held, order }),
  );

  const reasons: RefusalReason[] = [
    ...risk.reasons.map((r) => ({ source: 'risk' as const, rule: r.rule, message: r.message })),
    ...compliance.failures.map((r) => ({ source: 'compliance' as const, ...r })),
  ];
  if (!risk.approved || !compliance.approved || reasons.length > 0) {
    throw new GatewayError('trade_rejected', reasons.map((r) => r.message).join('; '), {
      extensions: { reasons },
    });
  }

  return step('execution', () => execute(calls, { ...trade, price: quote.price, clientOrderId }));
}
