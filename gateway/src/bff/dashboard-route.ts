/**
 * `GET /api/dashboard`: one response for the dashboard screen, aggregated
 * from the trading, market and risk services. Independent calls run in
 * parallel; VaR needs the positions, so it follows them. A service that
 * fails does not fail the page: its part is empty and `missing` names it.
 */
import type { FastifyInstance } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import type { ServiceName } from '../config/schema.js';
import { markPositions } from './portfolio-view.js';
import type { Instrument, Position, Quote, ValueAtRisk } from './service-types.js';
import { callsFor } from './user-calls.js';

type Settled<T> = { ok: true; value: T } | { ok: false };

async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch {
    return { ok: false };
  }
}

export function registerDashboardRoute(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/api/dashboard', async (request) => {
    const calls = callsFor(ctx, request);
    const missing = new Set<ServiceName>();

    const [positions, quotes, instruments] = await Promise.all([
      settle(calls.get<{ positions: Position[] }>('trading', '/positions')),
      settle(calls.get<{ quotes: Quote[] }>('market', '/quotes')),
      settle(calls.get<{ instruments: Instrument[] }>('market', '/instruments')),
    ]);
    if (!positions.ok) missing.add('trading');
    if (!quotes.ok || !instruments.ok) missing.add('market');

    const held = positions.ok ? positions.value.positions : [];
    let valueAtRisk: ValueAtRisk | null = null;
    if (positions.ok) {
      const risk = await settle(
        calls.post<ValueAtRisk>('risk', '/var', {
          positions: held.map(({ instrument, quantity }) => ({ instrument, quantity })),
        }),
      );
      if (risk.ok) valueAtRisk = risk.value;
      else missing.add('risk');
    } else {
      missing.add('risk');
    }

    const marked = markPositions(
      held,
      quotes.ok ? quotes.value.quotes : [],
      instruments.ok ? instruments.value.instruments : [],
    );
    if (missing.size > 0) request.log.warn({ missing: [...missing] }, 'dashboard partial');

    return {
      positions: marked.positions,
      pnl: marked.pnl,
      var: valueAtRisk,
      quotes: quotes.ok ? quotes.value.quotes : [],
      missing: [...missing],
    };
  });
}
