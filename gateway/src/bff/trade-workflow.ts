/**
 * The trade workflow: portfolio → risk → compliance → execution.
 *
 * 1. Portfolio: the user's positions (trading) and the instrument's current
 *    quote (market), fetched together. The quote prices the whole workflow:
 *    risk, compliance and the fill all see the same number.
 * 2. Risk: the pre-trade check of the post-trade portfolio against the
 *    user's tier limit.
 * 3. Compliance: the rules of the user's jurisdiction. It runs even when
 *    risk refused, so the user learns every reason at once.
 * 4. Execution: only when both approved.
 *
 * A step whose service is unavailable ends the workflow with a 503 that
 * names the step; nothing after it runs, so no order is placed unchecked.
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

export async function runTradeWorkflow(calls: UserCalls, trade: TradeRequest): Promise<Order> {
  const { positions, quote } = await step('portfolio', async () => {
    const [portfolio, current] = await Promise.all([
      calls.get<{ positions: Position[] }>('trading', '/positions'),
      quoteFor(calls, trade.instrument),
    ]);
    return { positions: portfolio.positions, quote: current };
  });

  const held = positions.map(({ instrument, quantity }) => ({ instrument, quantity }));
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

  const placed = await step('execution', () =>
    calls.post<{ order: Order }>('trading', '/orders', { ...trade, price: quote.price }),
  );
  return placed.order;
}
