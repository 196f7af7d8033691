import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMarketApp } from '../../src/market/app.js';
import { QuoteSource } from '../../src/market-data/quote-source.js';
import { createGatewaySigner, type GatewaySigner } from '../support/gateway-signer.js';
import { eiaHistory } from '../support/price-data.js';

const NOW = new Date('2026-08-19T09:00:00Z');
let signer: GatewaySigner;
let app: FastifyInstance;
let auth: { authorization: string };

beforeAll(async () => {
  signer = await createGatewaySigner();
  const history = await eiaHistory();
  app = buildMarketApp({
    identity: signer.identity,
    history,
    quotes: new QuoteSource(history, () => NOW),
  });
  auth = await signer.bearer('market');
});

afterAll(() => app.close());

async function get(url: string, headers: Record<string, string> = auth) {
  return app.inject({ method: 'GET', url, headers });
}

describe('market: instruments', () => {
  it('lists BRENT, WTI and HH with units and lot sizes', async () => {
    const response = await get('/instruments');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      instruments: [
        {
          symbol: 'BRENT',
          name: 'Brent crude oil',
          unit: 'bbl',
          currency: 'USD',
          lotSize: 1000,
          quoteUnit: 'USD/bbl',
        },
        {
          symbol: 'WTI',
          name: 'WTI crude oil',
          unit: 'bbl',
          currency: 'USD',
          lotSize: 1000,
          quoteUnit: 'USD/bbl',
        },
        {
          symbol: 'HH',
          name: 'Henry Hub natural gas',
          unit: 'MMBtu',
          currency: 'USD',
          lotSize: 10000,
          quoteUnit: 'USD/MMBtu',
        },
      ],
    });
  });

  it('requires an identity assertion', async () => {
    const response = await get('/instruments', {});
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({ code: 'assertion_invalid', status: 401 });
  });

  it('refuses an assertion addressed to the trading service', async () => {
    const response = await get('/instruments', await signer.bearer('trading'));
    expect(response.statusCode).toBe(401);
    expect(response.json().detail).toBe('assertion claim aud is invalid');
  });

  it('answers liveness without an assertion', async () => {
    const response = await get('/health/live', {});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('market: price history', () => {
  it('returns an inclusive date range ascending, with the negative WTI close', async () => {
    const response = await get('/prices/WTI?from=2020-04-17&to=2020-04-21');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      symbol: 'WTI',
      unit: 'bbl',
      currency: 'USD',
      prices: [
        { date: '2020-04-17', price: 18.31 },
        { date: '2020-04-20', price: -36.98 },
        { date: '2020-04-21', price: 8.91 },
      ],
    });
  });

  it('keeps the most recent points when limited', async () => {
    const response = await get('/prices/BRENT?limit=2');
    expect(response.json().prices).toEqual([
      { date: '2026-08-17', price: 92.43 },
      { date: '2026-08-18', price: 95.29 },
    ]);
  });

  it('answers 404 instrument_unknown for an unknown symbol', async () => {
    const response = await get('/prices/GOLD');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      type: 'urn:qenergyz:problem:instrument_unknown',
      title: 'Instrument not found',
      status: 404,
      code: 'instrument_unknown',
      detail: 'params.symbol GOLD is not a known instrument',
    });
  });

  it.each([
    ['from=2020-13-01', 'querystring.from must match format "date"'],
    ['to=yesterday', 'querystring.to must match format "date"'],
    ['from=2024-02-30', 'querystring.from must match format "date"'],
    ['limit=0', 'querystring.limit must be an integer from 1 to 20000, got 0'],
    ['limit=20001', 'querystring.limit must be an integer from 1 to 20000, got 20001'],
    ['limit=ten', 'querystring.limit must match pattern "^[0-9]{1,9}$"'],
    ['limit=-5', 'querystring.limit must match pattern "^[0-9]{1,9}$"'],
    [
      'from=2024-02-01&to=2024-01-01',
      'querystring.from (2024-02-01) must not be after querystring.to (2024-01-01)',
    ],
    ['symbol=WTI', 'querystring.symbol is not an allowed property'],
  ])('answers 400 naming the field for %s', async (query, detail) => {
    const response = await get(`/prices/WTI?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', detail });
  });
});

describe('market: quotes', () => {
  it('quotes every instrument at its last close', async () => {
    const response = await get('/quotes');

    expect(response.statusCode).toBe(200);
    expect(response.json().quotes).toEqual([
      {
        symbol: 'BRENT',
        price: 95.29,
        asOf: NOW.toISOString(),
        previousClose: 92.43,
        change: 2.86,
      },
      { symbol: 'WTI', price: 86.48, asOf: NOW.toISOString(), previousClose: 86.04, change: 0.44 },
      { symbol: 'HH', price: 2.82, asOf: NOW.toISOString(), previousClose: 2.77, change: 0.05 },
    ]);
  });

  it('quotes one instrument and 404s an unknown one', async () => {
    expect((await get('/quotes/HH')).json().quote.price).toBe(2.82);
    expect((await get('/quotes/brent')).statusCode).toBe(404);
  });
});

describe('market: unknown routes', () => {
  it('answers 404 route_unknown as problem+json', async () => {
    const response = await get('/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'route_unknown',
      detail: 'no route for GET /nope',
    });
  });
});
