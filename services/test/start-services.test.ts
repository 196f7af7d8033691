import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices, type RunningServices } from '../src/index.js';
import { createGatewaySigner, type GatewaySigner } from './support/gateway-signer.js';
import { PRICE_DIR } from './support/price-data.js';
import { makeTempDir } from './support/temp-dir.js';

const temp = makeTempDir('start-services');
let signer: GatewaySigner;
let jwksServer: Server;
let jwksUrl: string;
let running: RunningServices;

beforeAll(async () => {
  signer = await createGatewaySigner();
  jwksServer = createServer((_, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(signer.jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;

  running = await startServices({
    dataDir: join(temp.path, 'data'),
    priceDataDir: PRICE_DIR,
    jwksUrl,
    clock: () => new Date('2026-08-19T09:00:00Z'),
  });
});

afterAll(async () => {
  await running.close();
  await new Promise((resolve) => jwksServer.close(resolve));
  temp.remove();
});

/** Response bodies are read loosely here; the service tests pin the exact shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(response: Response): Promise<any> {
  return response.json();
}

async function call(service: keyof RunningServices['urls'], path: string, init: RequestInit = {}) {
  const headers = { ...(await signer.bearer(service)), 'content-type': 'application/json' };
  return fetch(`${running.urls[service]}${path}`, { ...init, headers });
}

describe('startServices', () => {
  it('starts all five services on their own loopback ports', async () => {
    const urls = Object.values(running.urls);
    expect(Object.keys(running.urls)).toEqual([
      'market',
      'trading',
      'risk',
      'compliance',
      'accounts',
    ]);
    expect(new Set(urls).size).toBe(5);
    for (const url of urls) {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/health/live`);
      expect(await json(response)).toEqual({ status: 'ok' });
    }
  });

  it('creates the data directory and the SQLite files', () => {
    expect(existsSync(join(temp.path, 'data', 'trading.sqlite'))).toBe(true);
    expect(existsSync(join(temp.path, 'data', 'accounts.sqlite'))).toBe(true);
  });

  it('verifies assertions against the gateway JWKS fetched over HTTP', async () => {
    const response = await call('market', '/quotes/WTI');
    expect(response.status).toBe(200);
    expect((await json(response)).quote).toMatchObject({ symbol: 'WTI', price: 86.48 });
  });

  it('refuses an assertion for one service at another', async () => {
    const headers = await signer.bearer('market');
    const response = await fetch(`${running.urls.risk}/var`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ positions: [] }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('runs a trade end to end: sync, onboard, risk, compliance, execution', async () => {
    await call('accounts', '/users/sync', {
      method: 'POST',
      body: JSON.stringify({ email: 'ada@example.com', name: 'Ada', provider: 'dev' }),
    });
    const onboarded = await call('accounts', '/onboarding', {
      method: 'POST',
      body: JSON.stringify({ company: 'Q', jurisdiction: 'UK', termsVersion: '2026-01' }),
    });
    expect(onboarded.status).toBe(200);

    const order = { instrument: 'BRENT', side: 'buy', quantity: 1 };
    const risk = await call('risk', '/pre-trade', {
      method: 'POST',
      body: JSON.stringify({ positions: [], order }),
    });
    expect((await json(risk)).approved).toBe(true);
    const compliance = await call('compliance', '/checks/pre-trade', {
      method: 'POST',
      body: JSON.stringify({ positions: [], order }),
    });
    // 09:00 UTC on Wednesday 2026-08-19 is 10:00 in London.
    expect(await json(compliance)).toMatchObject({ approved: true, jurisdiction: 'UK' });

    const placed = await call('trading', '/orders', {
      method: 'POST',
      body: JSON.stringify({ ...order, type: 'market', price: 95.29 }),
    });
    expect(placed.status).toBe(201);
    const positions = await json(await call('trading', '/positions'));
    expect(positions.positions).toEqual([
      {
        instrument: 'BRENT',
        quantity: 1,
        averagePrice: 95.29,
        realizedPnl: 0,
        markPrice: 95.29,
        unrealizedPnl: 0,
      },
    ]);
  });

  it('answers 503 identity_keys_unavailable while the gateway JWKS cannot be fetched', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const deadPort = (dead.address() as AddressInfo).port;
    await new Promise((resolve) => dead.close(resolve));

    const isolated = await startServices({
      services: ['compliance'],
      dataDir: join(temp.path, 'isolated'),
      jwksUrl: `http://127.0.0.1:${deadPort}/.well-known/jwks.json`,
    });
    try {
      const headers = await signer.bearer('compliance');
      const response = await fetch(`${isolated.urls.compliance}/rules/UK`, { headers });
      expect(response.status).toBe(503);
      expect((await json(response)).code).toBe('identity_keys_unavailable');
    } finally {
      await isolated.close();
    }
  });

  it('needs exactly one source of gateway keys', async () => {
    await expect(startServices({ dataDir: temp.path })).rejects.toThrow(
      'startServices needs exactly one of jwksUrl, jwks or keySet',
    );
  });

  it('starts on the seeded simulation when no price directory is given', async () => {
    const simulated = await startServices({
      services: ['market'],
      dataDir: join(temp.path, 'simulated'),
      jwks: signer.jwks,
      clock: () => new Date('2026-03-13T12:00:00Z'),
    });
    try {
      const headers = await signer.bearer('market');
      const response = await fetch(`${simulated.urls.market}/prices/HH?limit=1`, { headers });
      expect((await json(response)).prices[0].date).toBe('2026-03-13');
    } finally {
      await simulated.close();
    }
  });
});
