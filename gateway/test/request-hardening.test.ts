/**
 * Inputs that once broke other gateways, and the answer each gets here:
 * coerced body types, escaped paths around prefix checks, plain-text bodies,
 * empty JSON bodies, malformed URLs, over-long parameters, and the headers
 * every response carries.
 */
import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { signIn, testGateway } from './support/test-gateway.js';

let gateway: Gateway;
let headers: Record<string, string>;

beforeAll(async () => {
  gateway = await testGateway();
  const { cookie, csrfToken } = await signIn(gateway);
  headers = { cookie, 'x-csrf-token': csrfToken };
});

afterAll(() => gateway.app.close());

const order = { instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' };

describe('JSON bodies are not coerced', () => {
  it.each([
    ['the string "Infinity"', { quantity: 'Infinity' }, 'body.quantity must be integer'],
    ['a hexadecimal string', { quantity: '0x10' }, 'body.quantity must be integer'],
    ['a boolean', { quantity: true }, 'body.quantity must be integer'],
    ['a one-element array', { instrument: ['WTI'] }, 'body.instrument must be string'],
    ['null limit price', { type: 'limit', limitPrice: null }, 'body.limitPrice must be number'],
  ])('refuses %s where a number or string is expected (400)', async (_case, change, detail) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers,
      payload: { ...order, ...change },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_request', detail });
  });

  it('refuses a prototype-poisoning key with 400', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"instrument":"BRENT","__proto__":{"admin":true}}',
    });

    expect(response.statusCode).toBe(400);
  });
});

describe('content types', () => {
  it('answers text/plain with 415, not a schema error', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(order),
    });

    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('takes an empty body labelled application/json as no body', async () => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { ...(await freshSession()), 'content-type': 'application/json' },
    });

    expect(response.statusCode).toBe(204);
  });
});

async function freshSession(): Promise<Record<string, string>> {
  const { cookie, csrfToken } = await signIn(gateway);
  return { cookie, 'x-csrf-token': csrfToken };
}

describe('paths', () => {
  it('applies the CSRF check to an escaped spelling of an /api route', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/%61pi/orders',
      headers: { cookie: headers['cookie'] as string },
    });

    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_token_invalid');
  });

  it('answers a malformed percent-escape with a 400 problem', async () => {
    const response = await gateway.app.inject({
      method: 'DELETE',
      url: '/api/orders/%ff',
      headers,
    });

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an over-long path parameter with 414 and does not echo it', async () => {
    const symbol = 'A'.repeat(300);
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/market/prices/${symbol}`,
      headers,
    });

    expect(response.statusCode).toBe(414);
    expect(response.json().code).toBe('uri_too_long');
    expect(response.body).not.toContain(symbol);
  });
});

describe('Idempotency-Key', () => {
  it.each([
    ['too long', 'k'.repeat(129)],
    ['with a space', 'two words'],
  ])('refuses a key that is %s with 400', async (_case, key) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/trades',
      headers: { ...headers, 'idempotency-key': key },
      payload: order,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Idempotency-Key');
  });
});

describe('security headers', () => {
  it('are on every response, errors included', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/no-such-page' });

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('the HTTP parser', () => {
  it.each([
    [
      'Content-Length with Transfer-Encoding',
      'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n',
    ],
    ['a control character in a header', 'X-Bad: a\u000bb\r\n'],
  ])('answers a request with %s with a 400 problem document', async (_case, extra) => {
    const address = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = new URL(address);

    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET /health/live HTTP/1.1\r\nHost: x\r\n${extra}\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    await gateway.app.close();
    gateway = await testGateway();

    expect(raw.startsWith('HTTP/1.1 400 Bad Request')).toBe(true);
    expect(raw).toContain('Content-Type: application/problem+json');
    expect(raw).toContain('"code":"invalid_request"');
  });
});
