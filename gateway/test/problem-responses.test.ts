/**
 * Every failure is an RFC 9457 problem document with a catalogue code and
 * the request id, including Fastify's own errors; none is a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { signIn, testGateway } from './support/test-gateway.js';

let gateway: Gateway;
let headers: Record<string, string>;

beforeAll(async () => {
  gateway = await testGateway({ server: { bodyLimitBytes: 1024 } });
  const { cookie, csrfToken } = await signIn(gateway);
  headers = { cookie, 'x-csrf-token': csrfToken };
});

afterAll(() => gateway.app.close());

describe('problem responses', () => {
  it('answers an unknown route with 404 route_not_found and the request id', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/nope',
      headers: { 'x-request-id': 'req-12345678' },
    });

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['x-request-id']).toBe('req-12345678');
    expect(response.json()).toEqual({
      type: 'https://docs.qenergyz.com/gateway/errors/route-not-found',
      title: 'No such route',
      status: 404,
      detail: 'no route for GET /nope',
      code: 'route_not_found',
      requestId: 'req-12345678',
    });
  });

  it.each([
    ['too short', 'abc'],
    ['markup', '<script>alert(1)</script>'],
    ['a newline', 'abcdefgh\nforged'],
    ['too long', 'a'.repeat(129)],
  ])('replaces an X-Request-Id that is %s with a generated one', async (_case, value) => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': value.replace('\n', ' ') },
    });

    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"instrument": ',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid_json');
  });

  it('answers an oversized body with 413', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ instrument: 'x'.repeat(4096) }),
    });

    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'content-type': 'text/xml' },
      payload: '<trade/>',
    });

    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it.each([
    [
      { instrument: 'BRENT', side: 'hold', quantity: 1, type: 'market' },
      'body.side must be equal to one of the allowed values',
    ],
    [
      { instrument: 'BRENT', side: 'buy', quantity: 1.5, type: 'market' },
      'body.quantity must be integer',
    ],
    [
      { instrument: 'BRENT', side: 'buy', type: 'market' },
      "body.quantity must have required property 'quantity'",
    ],
    [
      { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market', extra: 1 },
      'body.extra must NOT have additional properties',
    ],
    [
      { instrument: 'brent<', side: 'buy', quantity: 1, type: 'market' },
      'body.instrument must match pattern "^[A-Z0-9]{1,16}$"',
    ],
    [
      { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'limit' },
      'body.limitPrice is required for a limit order',
    ],
    [
      { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market', limitPrice: 90 },
      'body.limitPrice is only allowed for a limit order',
    ],
  ])('answers an invalid trade %j with 400 naming the field', async (payload, detail) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers,
      payload,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', detail });
  });

  it('answers an invalid onboarding jurisdiction with 400 naming the field', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/onboarding',
      headers,
      payload: { company: 'X', jurisdiction: 'FR', termsVersion: '2026-01' },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe(
      'body.jurisdiction must be equal to one of the allowed values',
    );
  });

  it('answers 503 naming the step when a service is down', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers,
      payload: { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' },
    });

    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'upstream_unavailable', step: 'portfolio' });
    expect(response.body).not.toContain('127.0.0.1');
  });

  it('answers the dashboard with every service named missing when all are down', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/api/dashboard', headers });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      positions: [],
      pnl: { unrealized: 0, realized: 0, total: 0, currency: 'USD' },
      var: null,
      quotes: [],
      missing: ['trading', 'market', 'risk'],
    });
  });
});
