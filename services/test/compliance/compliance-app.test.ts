import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComplianceApp } from '../../src/compliance/app.js';
import { DEFAULT_POSITION_LIMITS, DEFAULT_RULE_BOOK } from '../../src/compliance/rules.js';
import {
  createGatewaySigner,
  type AssertionClaims,
  type GatewaySigner,
} from '../support/gateway-signer.js';

let signer: GatewaySigner;
let app: FastifyInstance;
let now = new Date('2026-01-14T10:00:00Z');

beforeAll(async () => {
  signer = await createGatewaySigner();
  app = buildComplianceApp({
    identity: signer.identity,
    rules: DEFAULT_RULE_BOOK,
    positionLimits: { ...DEFAULT_POSITION_LIMITS, HH: 50 },
    clock: { now: () => now },
  });
});

afterAll(() => app.close());

async function preTrade(payload: unknown, claims: Partial<AssertionClaims> = {}) {
  const headers = await signer.bearer('compliance', claims);
  return app.inject({
    method: 'POST',
    url: '/checks/pre-trade',
    headers,
    payload: payload as object,
  });
}

const order = { instrument: 'BRENT', side: 'buy', quantity: 10 };

describe('compliance: POST /checks/pre-trade', () => {
  it('approves an order inside the jurisdiction’s hours and limits', async () => {
    now = new Date('2026-01-14T10:00:00Z');
    const response = await preTrade({ order, positions: [] });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      approved: true,
      failures: [],
      jurisdiction: 'UK',
      checkedAt: '2026-01-14T10:00:00.000Z',
    });
  });

  it('follows the injected clock across the close', async () => {
    now = new Date('2026-01-14T17:02:00Z');
    const response = await preTrade({ order, positions: [] });

    expect(response.json()).toEqual({
      approved: false,
      failures: [
        {
          rule: 'trading_hours',
          message:
            'UK market is closed: trading hours are 08:00–16:30 Europe/London, local time is 17:02',
        },
      ],
      jurisdiction: 'UK',
      checkedAt: '2026-01-14T17:02:00.000Z',
    });
  });

  it('uses the jurisdiction from the assertion', async () => {
    now = new Date('2026-01-16T06:00:00Z'); // Friday 10:00 in Dubai, 06:00 in London
    const me = await preTrade({ order, positions: [] }, { jurisdiction: 'ME' });
    const uk = await preTrade({ order, positions: [] }, { jurisdiction: 'UK' });

    expect(me.json().failures).toEqual([
      { rule: 'weekend', message: 'ME market is closed on Friday' },
    ]);
    expect(uk.json().failures.map((f: { rule: string }) => f.rule)).toEqual(['trading_hours']);
  });

  it('applies configured position limits', async () => {
    now = new Date('2026-01-14T10:00:00Z');
    const response = await preTrade({
      order: { instrument: 'HH', side: 'buy', quantity: 20 },
      positions: [{ instrument: 'HH', quantity: 40 }],
    });
    expect(response.json().failures).toEqual([
      {
        rule: 'position_limit',
        message: 'projected HH position of 60 lots exceeds the limit of 50 lots',
      },
    ]);
  });

  it('fails jurisdiction_missing for a caller who has not onboarded', async () => {
    const response = await preTrade({ order, positions: [] }, { jurisdiction: null });
    expect(response.json()).toMatchObject({
      approved: false,
      jurisdiction: null,
      failures: [{ rule: 'jurisdiction_missing' }],
    });
  });

  it.each([
    [{ positions: [] }, 'body.order is required'],
    [{ order, positions: [], extra: true }, 'body.extra is not an allowed property'],
    [{ order: { ...order, quantity: 0 }, positions: [] }, 'body.order.quantity must be >= 1'],
    [
      { order: { ...order, quantity: 'lots' }, positions: [] },
      'body.order.quantity must be of type integer',
    ],
    [{ order, positions: 'none' }, 'body.positions must be of type array'],
  ])('answers 400 naming the field for %j', async (body, detail) => {
    const response = await preTrade(body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', detail });
  });
});

describe('compliance: GET /rules/:jurisdiction', () => {
  it('publishes hours, time zone, weekend, regulators and position limits', async () => {
    const headers = await signer.bearer('compliance');
    const response = await app.inject({ method: 'GET', url: '/rules/ME', headers });

    expect(response.statusCode).toBe(200);
    const { rules } = response.json();
    expect(rules).toMatchObject({
      code: 'ME',
      name: 'Middle East',
      timeZone: 'Asia/Dubai',
      tradingHours: { open: '08:00', close: '16:00' },
      weekend: ['Friday', 'Saturday'],
      shariaScreen: true,
      positionLimits: { BRENT: 1000, WTI: 1000, HH: 50 },
    });
    expect(rules.regulators.map((r: { abbreviation: string }) => r.abbreviation)).toEqual([
      'DFSA',
      'SCA',
    ]);
  });

  it('publishes a rule set for each of the five jurisdictions', async () => {
    const headers = await signer.bearer('compliance');
    for (const [code, zone] of [
      ['US', 'America/New_York'],
      ['UK', 'Europe/London'],
      ['EU', 'Europe/Amsterdam'],
      ['GY', 'America/Guyana'],
    ]) {
      const response = await app.inject({ method: 'GET', url: `/rules/${code}`, headers });
      expect(response.json().rules).toMatchObject({
        code,
        timeZone: zone,
        weekend: ['Saturday', 'Sunday'],
      });
    }
  });

  it('answers 404 jurisdiction_unknown for an unknown code', async () => {
    const headers = await signer.bearer('compliance');
    const response = await app.inject({ method: 'GET', url: '/rules/FR', headers });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'jurisdiction_unknown',
      detail: 'params.jurisdiction FR is not one of ME, US, UK, EU, GY',
    });
  });
});
