/**
 * The gateway as a process: it refuses to start on invalid settings with
 * every problem listed, and on SIGTERM it lets in-flight requests finish
 * before exiting 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../scripts/src/free-port.js';

const MAIN = fileURLToPath(new URL('../gateway/dist/main.js', import.meta.url));

function startGateway(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, GATEWAY_LOG__LEVEL: 'warn', GATEWAY_WEB__DIST_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function waitForLive(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('gateway did not start');
}

describe('gateway process', () => {
  it('exits 2 listing every invalid setting', async () => {
    const { child, output } = startGateway({
      GATEWAY_SERVER__PORT: '70000',
      GATEWAY_SESSION__IDLE_TIMEOUT_MS: 'soon',
    });

    expect(await exitOf(child)).toBe(2);
    expect(output()).toContain('invalid configuration');
    expect(output()).toContain('server.port');
    expect(output()).toContain('got "70000" (from environment GATEWAY_SERVER__PORT)');
    expect(output()).toContain('session.idleTimeoutMs');
  });

  it('refuses the production profile with development settings', async () => {
    const { child, output } = startGateway({ GATEWAY_PROFILE: 'production' });

    expect(await exitOf(child)).toBe(2);
    expect(output()).toContain('server.publicUrl must be https in production');
  });
});

describe('graceful shutdown', () => {
  let slow: Server;
  let slowUrl: string;

  beforeAll(async () => {
    // A backend that takes 700 ms to answer, so a request is in flight at SIGTERM.
    slow = createServer((_request, response) => {
      setTimeout(
        () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
        700,
      );
    });
    const port = await freePort();
    await new Promise<void>((resolve) => slow.listen(port, '127.0.0.1', resolve));
    slowUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(() => new Promise<void>((resolve) => slow.close(() => resolve())));

  it('finishes the in-flight request, then exits 0 and stops listening', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const services = ['MARKET', 'TRADING', 'RISK', 'COMPLIANCE', 'ACCOUNTS'];
    const { child } = startGateway({
      GATEWAY_SERVER__HOST: '127.0.0.1',
      GATEWAY_SERVER__PORT: String(port),
      GATEWAY_PROVIDERS__DEV__ISSUER: slowUrl,
      ...Object.fromEntries(services.map((name) => [`GATEWAY_SERVICES__${name}__URL`, slowUrl])),
    });
    await waitForLive(url);
    const exited = exitOf(child);

    const inFlight = fetch(`${url}/health/ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    const response = await inFlight;

    expect(response.status).toBe(200);
    expect((await response.json()) as { status: string }).toMatchObject({ status: 'ready' });
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
  });
});
