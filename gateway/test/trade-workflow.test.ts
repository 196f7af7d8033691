/**
 * The order of the trade workflow and what it does with each answer,
 * against an in-memory record of service calls (the real services are
 * exercised end to end in e2e/trade-workflow.test.ts).
 */
import { describe, expect, it } from 'vitest';

import type { ServiceName } from '../src/config/schema.js';
import { GatewayError } from '../src/errors/gateway-error.js';
import type { Order } from '../src/bff/service-types.js';
import { exposureBooks, runTradeWorkflow } from '../src/bff/trade-workflow.js';
import type { UserCalls } from '../src/bff/user-calls.js';

type Answer = (body: unknown) => unknown;

function recordingCalls(answers: Record<string, Answer>) {
  const log: string[] = [];
  const answer = async (service: ServiceName, method: string, path: string, body?: unknown) => {
    const key = `${method} ${service}${path}`;
    log.push(key);
    const handler = answers[key];
    if (!handler) throw new Error(`unexpected call ${key}`);
    return handler(body);
  };
  const calls: UserCalls = {
    get: async <T>(service: ServiceName, path: string) => (await answer(service, 'GET', path)) as T,
    post: async <T>(service: ServiceName, path: string, body: unknown) =>
      (await answer(service, 'POST', path, body)) as T,
    delete: async <T>(service: ServiceName, path: string) =>
      (await answer(service, 'DELETE', path)) as T,
  };
  return { calls, log };
}

const approving: Record<string, Answer> = {
  'GET trading/positions': () => ({
    positions: [{ instrument: 'BRENT', quantity: 2, averagePrice: 90, realizedPnl: 0 }],
  }),
  'GET trading/orders/open': () => ({ orders: [] }),
  'GET market/quotes/BRENT': () => ({
    quote: { symbol: 'BRENT', price: 95.29, asOf: '2026-08-18' },
  }),
  'POST risk/pre-trade': () => ({ approved: true, reasons: [] }),
  'POST compliance/checks/pre-trade': () => ({ approved: true, failures: [] }),
  'POST trading/orders': (body) => ({ order: { id: 'ord_1', status: 'filled', body } }),
};

const trade = { instrument: 'BRENT', side: 'buy' as const, quantity: 3, type: 'market' as const };

describe('trade workflow', () => {
  it('runs portfolio, risk, compliance, then execution priced at the quote', async () => {
    const { calls, log } = recordingCalls(approving);

    const order = (await runTradeWorkflow(calls, trade, 'gw-1')) as unknown as { body: unknown };

    expect(log.slice(3)).toEqual([
      'POST risk/pre-trade',
      'POST compliance/checks/pre-trade',
      'POST trading/orders',
    ]);
    expect(log.slice(0, 3).sort()).toEqual([
      'GET market/quotes/BRENT',
      'GET trading/orders/open',
      'GET trading/positions',
    ]);
    expect(order.body).toEqual({ ...trade, price: 95.29, clientOrderId: 'gw-1' });
  });

  it('passes the held positions to risk and compliance', async () => {
    const seen: unknown[] = [];
    const { calls } = recordingCalls({
      ...approving,
      'POST risk/pre-trade': (body) => (seen.push(body), { approved: true, reasons: [] }),
      'POST compliance/checks/pre-trade': (body) => (
        seen.push(body),
        { approved: true, failures: [] }
      ),
    });

    await runTradeWorkflow(calls, trade, 'gw-1');

    const expected = {
      positions: [{ instrument: 'BRENT', quantity: 2 }],
      order: { instrument: 'BRENT', side: 'buy', quantity: 3 },
    };
    expect(seen).toEqual([expected, expected]);
  });

  it('lists the reasons of both checks and never executes a refused trade', async () => {
    const { calls, log } = recordingCalls({
      ...approving,
      'POST risk/pre-trade': () => ({
        approved: false,
        reasons: [{ rule: 'var_limit', message: 'VaR too high' }],
      }),
      'POST compliance/checks/pre-trade': () => ({
        approved: false,
        failures: [{ rule: 'weekend', message: 'closed on Friday' }],
      }),
    });

    const refusal = await runTradeWorkflow(calls, trade, 'gw-1').catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(GatewayError);
    expect((refusal as GatewayError).code).toBe('trade_rejected');
    expect((refusal as GatewayError).detail).toBe('VaR too high; closed on Friday');
    expect((refusal as GatewayError).extensions['reasons']).toEqual([
      { source: 'risk', rule: 'var_limit', message: 'VaR too high' },
      { source: 'compliance', rule: 'weekend', message: 'closed on Friday' },
    ]);
    expect(log).not.toContain('POST trading/orders');
  });

  it('names the step whose service is unavailable and stops there', async () => {
    const { calls, log } = recordingCalls({
      ...approving,
      'POST compliance/checks/pre-trade': () => {
        throw new GatewayError('upstream_unavailable', 'the compliance service is unavailable', {
          extensions: { service: 'compliance' },
        });
      },
    });

    const failure = (await runTradeWorkflow(calls, trade, 'gw-1').catch(
      (error: unknown) => error,
    )) as GatewayError;

    expect(failure.status).toBe(503);
    expect(failure.extensions).toEqual({ service: 'compliance', step: 'compliance' });
    expect(failure.detail).toBe(
      'the compliance step failed: the compliance service is unavailable',
    );
    expect(log).not.toContain('POST trading/orders');
  });

  it('checks every book the resting orders could leave behind', () => {
    const positions = [
      { instrument: 'WTI', quantity: 10, averagePrice: 80, realizedPnl: 0 },
      { instrument: 'HH', quantity: -3, averagePrice: 3, realizedPnl: 0 },
    ];
    const orders = [
      { status: 'open', side: 'buy', instrument: 'WTI', quantity: 5 },
      { status: 'open', side: 'sell', instrument: 'WTI', quantity: 30 },
      { status: 'open', side: 'buy', instrument: 'BRENT', quantity: 2 },
      { status: 'filled', side: 'buy', instrument: 'HH', quantity: 100 },
    ] as unknown as Order[];

    const books = exposureBooks(positions, orders, { instrument: 'WTI', side: 'sell' });

    expect(books).toEqual([
      [
        { instrument: 'WTI', quantity: -20 },
        { instrument: 'HH', quantity: -3 },
        { instrument: 'BRENT', quantity: 2 },
      ],
      [
        { instrument: 'WTI', quantity: -20 },
        { instrument: 'HH', quantity: -3 },
        { instrument: 'BRENT', quantity: 0 },
      ],
    ]);
  });

  it('refuses when any of the books breaches the risk limit', async () => {
    const seen: unknown[] = [];
    const { calls, log } = recordingCalls({
      ...approving,
      'GET trading/orders/open': () => ({
        orders: [{ status: 'open', side: 'sell', instrument: 'HH', quantity: 4 }],
      }),
      'POST risk/pre-trade': (body) => {
        seen.push(body);
        const hh = (
          body as { positions: { instrument: string; quantity: number }[] }
        ).positions.find((p) => p.instrument === 'HH');
        return hh?.quantity === -4
          ? {
              approved: false,
              reasons: [{ rule: 'var_limit', message: 'too much' }],
              var99After: 9,
            }
          : { approved: true, reasons: [], var99After: 1 };
      },
    });

    const refusal = (await runTradeWorkflow(calls, trade, 'gw-2').catch(
      (e: unknown) => e,
    )) as GatewayError;

    expect(seen).toHaveLength(2);
    expect(refusal.code).toBe('trade_rejected');
    expect(log).not.toContain('POST trading/orders');
  });

  it('asks again with the same client order id when the execution answer is lost', async () => {
    const placed: unknown[] = [];
    const { calls } = recordingCalls({
      ...approving,
      'POST trading/orders': (body) => {
        placed.push(body);
        if (placed.length === 1) {
          throw new GatewayError('upstream_timeout', 'the trading service did not answer in time', {
            extensions: { service: 'trading' },
          });
        }
        return { order: { id: 'ord_1', status: 'filled' } };
      },
    });

    const order = await runTradeWorkflow(calls, trade, 'gw-lost');

    expect(order.id).toBe('ord_1');
    expect(placed).toEqual([
      expect.objectContaining({ clientOrderId: 'gw-lost' }),
      expect.objectContaining({ clientOrderId: 'gw-lost' }),
    ]);
  });

  it('turns an unknown instrument into a 422 naming it', async () => {
    const { calls } = recordingCalls({
      ...approving,
      'GET market/quotes/GOLD': () => {
        throw new GatewayError('resource_not_found', 'unknown instrument');
      },
    });

    const failure = (await runTradeWorkflow(calls, { ...trade, instrument: 'GOLD' }, 'gw-1').catch(
      (e: unknown) => e,
    )) as GatewayError;

    expect(failure.code).toBe('unprocessable');
    expect(failure.detail).toBe('body.instrument GOLD is not a known instrument');
  });
});
