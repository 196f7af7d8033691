import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceApp } from '../../src/http/create-service-app.js';
import { createGatewaySigner, type GatewaySigner } from '../support/gateway-signer.js';

let signer: GatewaySigner;
let app: FastifyInstance;

beforeAll(async () => {
  signer = await createGatewaySigner();
  app = createServiceApp('risk', { identity: signer.identity });
  app.get('/explode', async () => {
    throw new Error('SQLITE_CORRUPT at /var/lib/qenergyz/trading.sqlite');
  });
  app.get('/whoami', async (request) => ({ identity: request.identity }));
});

afterAll(() => app.close());

describe('service app foundation', () => {
  it('answers an unexpected failure with a bare 500 problem, never the cause', async () => {
    const headers = await signer.bearer('risk');
    const response = await app.inject({ method: 'GET', url: '/explode', headers });

    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'urn:qenergyz:problem:internal_error',
      title: 'Internal error',
      status: 500,
      detail: 'The request could not be completed.',
      code: 'internal_error',
      requestId: expect.any(String),
    });
    expect(response.body).not.toContain('SQLITE');
  });

  it('puts the verified identity on the request', async () => {
    const headers = await signer.bearer('risk', { sub: 'u-42', roles: ['risk_manager'] });
    const response = await app.inject({ method: 'GET', url: '/whoami', headers });
    expect(response.json().identity).toMatchObject({ userId: 'u-42', roles: ['risk_manager'] });
  });

  it('echoes a well-formed X-Request-Id from the gateway in problems', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/whoami',
      headers: { 'x-request-id': 'req-abc.123' },
    });
    expect(response.json().requestId).toBe('req-abc.123');
  });

  it('replaces a malformed X-Request-Id with its own', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/whoami',
      headers: { 'x-request-id': 'bad id\twith spaces' },
    });
    expect(response.json().requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['Basic dXNlcjpwYXNz', 'the Authorization header is not a Bearer JWT'],
    ['Bearer', 'the Authorization header is not a Bearer JWT'],
    [`Bearer ${'a'.repeat(9000)}.b.c`, 'the Authorization header is not a Bearer JWT'],
    ['Bearer a.b.c', 'assertion is malformed'],
  ])('answers 401 assertion_invalid for Authorization %#', async (authorization, detail) => {
    const response = await app.inject({
      method: 'GET',
      url: '/whoami',
      headers: { authorization },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'assertion_invalid', detail });
  });

  it('refuses query parameters on liveness like on any route', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/live?verbose=1' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toBe('querystring.verbose is not an allowed property');
  });
});
