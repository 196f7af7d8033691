/**
 * What a service receives from the gateway: a fresh ES256 assertion for that
 * service alone, verifiable with the published JWKS, and nothing the browser
 * sent (cookies, its Authorization header, provider tokens).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { signIn, testGateway } from './support/test-gateway.js';

let echo: FastifyInstance;
let gateway: Gateway;
const received: Record<string, string | string[] | undefined>[] = [];

beforeAll(async () => {
  echo = Fastify();
  echo.get('/health/live', async () => ({ status: 'ok' }));
  echo.get('/orders', async (request) => {
    received.push(request.headers);
    return { orders: [] };
  });
  const url = await echo.listen({ host: '127.0.0.1', port: 0 });
  gateway = await testGateway({ services: { trading: { url } } });
});

afterAll(async () => {
  await gateway.app.close();
  await echo.close();
});

describe('identity assertion', () => {
  it('sends a verifiable 60-second assertion for the trading service and no browser credentials', async () => {
    const { cookie, csrfToken } = await signIn(gateway);

    const response = await gateway.app.inject({
      method: 'GET',
      url: '/api/orders',
      headers: { cookie, 'x-csrf-token': csrfToken, authorization: 'Bearer browser-token' },
    });

    expect(response.statusCode).toBe(200);
    const headers = received.at(-1) ?? {};
    expect(headers['cookie']).toBeUndefined();
    expect(headers['x-csrf-token']).toBeUndefined();
    expect(headers['x-request-id']).toBe(response.headers['x-request-id']);

    const token = String(headers['authorization']).replace(/^Bearer /, '');
    expect(token).not.toBe('browser-token');
    expect(decodeProtectedHeader(token).alg).toBe('ES256');

    const jwks = await gateway.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks.json()), {
      issuer: 'qenergyz-gateway',
      audience: 'trading',
      algorithms: ['ES256'],
    });
    expect(payload).toMatchObject({
      sub: 'dev:u-trader',
      email: 'trader@qenergyz.test',
      name: 'Tara Trader',
      roles: ['trader'],
      tier: 'basic',
      jurisdiction: 'UK',
    });
    expect((payload.exp as number) - (payload.iat as number)).toBe(60);
    expect(typeof payload.sid).toBe('string');
    expect(JSON.stringify(payload)).not.toContain('at-secret');
  });

  it('publishes only public key material', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    const [key] = response.json().keys;

    expect(response.headers['content-type']).toContain('application/jwk-set+json');
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key.d).toBeUndefined();
  });
});

describe('readiness', () => {
  it('answers 503 naming every dependency that is down', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/health/ready' });
    const body = response.json();

    expect(response.statusCode).toBe(503);
    expect(body.code).toBe('not_ready');
    expect(body.dependencies['service:trading'].status).toBe('up');
    expect(body.dependencies['service:market'].status).toBe('down');
    expect(body.dependencies['sessionStore'].status).toBe('up');
    expect(body.detail).toContain('service:market');
    expect(body.detail).not.toContain('service:trading');
  });

  it('answers liveness without touching dependencies', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/health/live' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
