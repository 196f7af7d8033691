/**
 * The trade workflow: portfolio → risk → compliance → execution.
 *
 * 1. Portfolio: the user's positions and open orders (trading) and the
 *    instrument's current quote (market), fetched together. The quote prices
 *    the whole workflow: risk, compliance and the fill all see the same
 *    number. Every open order counts as if it may fill (see exposureBooks),
 *    so resting limit orders cannot stack up beyond the limits one by one.
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

interface Exposure {
  held: number;
  restingBuys: number;
  restingSells: number;
}

function exposures(positions: readonly Position[], openOrders: readonly Order[]) {
  const byInstrument = new Map<string, Exposure>();
  const entry = (instrument: string) => {
    let found = byInstrument.get(instrument);
    if (!found) {
      found = { held: 0, restingBuys: 0, restingSells: 0 };
      byInstrument.set(instrument, found);
    }
    return found;
  };
  for (const position of positions) entry(position.instrument).held += position.quantity;
  for (const order of openOrders) {
    if (order.status !== 'open') continue;
    const exposure = entry(order.instrument);
    if (order.side === 'buy') exposure.restingBuys += order.quantity;
    else exposure.restingSells += order.quantity;
  }
  return byInstrument;
}

/**
 * The books a trade is checked against. Each resting order may or may not
 * fill, so each instrument can end anywhere between "held − resting sells"
 * and "held + resting buys". The ordered instrument takes the extreme on the
 * order's own side; every other instrument takes both extremes, because
 * across instruments risk does not grow with one direction only. The
 * result is every combination (at most 2 per other instrument held).
 * Compliance rules concern the ordered instrument alone and get the first.
 */
export function exposureBooks(
  positions: readonly Position[],
  openOrders: readonly Order[],
  trade: Pick<TradeRequest, 'instrument' | 'side'>,
): Holding[][] {
  let books: Holding[][] = [[]];
  for (const [instrument, e] of exposures(positions, openOrders)) {
    const high = e.held + e.restingBuys;
    const low = e.held - e.restingSells;
    const choices =
      instrument === trade.instrument
        ? [trade.side === 'buy' ? high : low]
        : [...new Set([high, low])];
    books = books.flatMap((book) => choices.map((quantity) => [...book, { instrument, quantity }]));
  }
  return books;
}

/** The risk verdict over every book: refused when any book breaches the limit. */
async function riskOverBooks(
  calls: UserCalls,
  books: readonly Holding[][],
  order: Pick<TradeRequest, 'instrument' | 'side' | 'quantity'>,
): Promise<RiskVerdict> {
  const verdicts = await Promise.all(
    books.map((positions) => calls.post<RiskVerdict>('risk', '/pre-trade', { positions, order })),
  );
  const refusal = verdicts
    .filter((verdict) => !verdict.approved)
    .sort((a, b) => (b.var99After ?? 0) - (a.var99After ?? 0))[0];
  return refusal ?? verdicts[0] ?? { approved: true, reasons: [] };
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
  const { books, quote } = await step('portfolio', async () => {
    // Open orders before positions: an order that fills in between then
    // counts twice (on the safe side) rather than not at all.
    const readBook = async () => {
      const open = await calls.get<{ orders: Order[] }>('trading', '/orders/open');
      const held = await calls.get<{ positions: Position[] }>('trading', '/positions');
      return exposureBooks(held.positions, open.orders, trade);
    };
    const [exposure, current] = await Promise.all([readBook(), quoteFor(calls, trade.instrument)]);
    return { books: exposure, quote: current };
  });

  const order = { instrument: trade.instrument, side: trade.side, quantity: trade.quantity };

  const risk = await step('risk', () => riskOverBooks(calls, books, order));
  const compliance = await step('compliance', () =>
    calls.post<ComplianceVerdict>('compliance', '/checks/pre-trade', {
      positions: books[0] ?? [],
      order,
    }),
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
