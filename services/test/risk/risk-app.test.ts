import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRiskApp } from '../../src/risk/app.js';
import { DEFAULT_RISK_LIMITS } from '../../src/risk/risk-limits.js';
import {
  createGatewaySigner,
  type AssertionClaims,
  type GatewaySigner,
} from '../support/gateway-signer.js';
import { smallHistory } from '../support/price-data.js';

const NOW = new Date('2026-01-12T10:00:00.000Z');
let signer: GatewaySigner;
let app: FastifyInstance;

beforeAll(async () => {
  signer = await createGatewaySigner();
  app = buildRiskApp({
    identity: signer.identity,
    history: smallHistory(),
    limits: DEFAULT_RISK_LIMITS,
    windowDays: 500,
    clock: { now: () => NOW },
  });
});

afterAll(() => app.close());

async function post(url: string, payload: unknown, claims: Partial<AssertionClaims> = {}) {
  const headers = await signer.bearer('risk', claims);
  return app.inject({ method: 'POST', url, headers, payload: payload as object });
}

describe('risk: POST /var', () => {
  it('reports 1-day historical VaR and CVaR at 95 % and 99 %', async () => {
    // BRENT x 2 lots: scenarios 2,000 / -4,000 / 6,000 / -4,000; with 4 scenarios k = 1.
    const response = await post('/var', { positions: [{ instrument: 'BRENT', quantity: 2 }] });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      var95: 4_000,
      var99: 4_000,
      cvar95: 4_000,
      cvar99: 4_000,
      horizonDays: 1,
      currency: 'USD',
      scenarios: 4,
      method: 'historical',
      asOf: NOW.toISOString(),
      window: { from: '2026-01-06', to: '2026-01-09' },
    });
  });

  it('reports zero for an empty portfolio', async () => {
    const response = await post('/var', { positions: [] });
    expect(response.json()).toMatchObject({
      var95: 0,
      var99: 0,
      cvar95: 0,
      cvar99: 0,
      scenarios: 0,
    });
  });

  it.each([
    [{}, 'body.positions is required'],
    [
      { positions: [{ instrument: 'GOLD', quantity: 1 }] },
      'body.positions[0].instrument must be one of',
    ],
    [
      { positions: [{ instrument: 'WTI', quantity: '1' }] },
      'body.positions[0].quantity must be of type integer',
    ],
    [
      { positions: [{ instrument: 'WTI', quantity: 1e9 }] },
      'body.positions[0].quantity must be <= 10000000',
    ],
    [{ positions: [{ instrument: 'WTI' }] }, 'body.positions[0].quantity is required'],
    [{ positions: [], horizonDays: 10 }, 'body.horizonDays is not an allowed property'],
  ])('answers 400 naming the field for %j', async (body, detail) => {
    const response = await post('/var', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(detail);
  });
});

describe('risk: POST /pre-trade', () => {
  it('approves a trade that keeps post-trade VaR within the tier limit', async () => {
    const response = await post('/pre-trade', {
      positions: [],
      order: { instrument: 'BRENT', side: 'buy', quantity: 2 },
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      approved: true,
      reasons: [],
      var99Before: 0,
      var99After: 4_000,
      limit: 250_000,
      tier: 'basic',
    });
  });

  it('refuses a trade that breaches the limit and quotes the figures', async () => {
    // BRENT x 150 lots: worst scenario -2 x 150,000 = -300,000, above the basic 250,000.
    const response = await post('/pre-trade', {
      positions: [{ instrument: 'BRENT', quantity: 50 }],
      order: { instrument: 'BRENT', side: 'buy', quantity: 100 },
    });

    expect(response.json()).toEqual({
      approved: false,
      reasons: [
        {
          rule: 'var_limit',
          message:
            'post-trade 1-day 99% VaR 300,000 USD exceeds the basic tier limit of 250,000 USD',
        },
      ],
      var99Before: 100_000,
      var99After: 300_000,
      limit: 250_000,
      tier: 'basic',
    });
  });

  it('uses the limit of the caller’s tier', async () => {
    const order = { instrument: 'BRENT', side: 'buy', quantity: 150 };
    const premium = await post('/pre-trade', { positions: [], order }, { tier: 'premium' });
    const free = await post('/pre-trade', { positions: [], order }, { tier: 'free' });

    expect(premium.json()).toMatchObject({ approved: true, limit: 1_000_000, tier: 'premium' });
    expect(free.json()).toMatchObject({ approved: false, limit: 50_000, tier: 'free' });
  });

  it('approves a trade that reduces risk even while above the limit', async () => {
    const response = await post('/pre-trade', {
      positions: [{ instrument: 'BRENT', quantity: 200 }],
      order: { instrument: 'BRENT', side: 'sell', quantity: 20 },
    });
    expect(response.json()).toMatchObject({
      approved: true,
      reasons: [],
      var99Before: 400_000,
      var99After: 360_000,
    });
  });

  it('refuses an order with a negative quantity', async () => {
    const response = await post('/pre-trade', {
      positions: [],
      order: { instrument: 'BRENT', side: 'sell', quantity: -5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('body.order.quantity must be >= 1');
  });
});
