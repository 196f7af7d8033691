/**
 * The log never holds secrets: cookies, Authorization, CSRF tokens and the
 * code and state of an OAuth callback are censored, while the fields an
 * operator needs (request id, route, status, duration, user) are there.
 */
import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { loggerOptions } from '../src/observability/logger-options.js';
import { signIn, testGateway } from './support/test-gateway.js';

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

let gateway: Gateway;

beforeAll(async () => {
  gateway = await testGateway({}, { logger: loggerOptions('info', sink) });
});

afterAll(() => gateway.app.close());

describe('request logging', () => {
  it('censors the code and state of a callback URL', async () => {
    lines.length = 0;
    await gateway.app.inject({
      method: 'GET',
      url: '/auth/callback/dev?code=SECRET-CODE-123&state=SECRET-STATE-456&iss=x',
      headers: { 'x-request-id': 'callback-0001' },
    });

    const line = JSON.parse(lines.find((l) => l.includes('request completed')) as string);
    expect(line).toMatchObject({
      requestId: 'callback-0001',
      method: 'GET',
      route: '/auth/callback/:provider',
      url: '/auth/callback/dev?code=[redacted]&state=[redacted]&iss=x',
      status: 400,
    });
    expect(typeof line.durationMs).toBe('number');
    expect(lines.join('\n')).not.toMatch(/SECRET-(CODE|STATE)/);
  });

  it('names the user and leaks neither the session cookie nor the CSRF token', async () => {
    const { cookie, csrfToken } = await signIn(gateway);
    lines.length = 0;

    await gateway.app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { cookie, authorization: 'Bearer SECRET-BEARER', 'x-csrf-token': csrfToken },
    });

    const line = JSON.parse(lines.find((l) => l.includes('request completed')) as string);
    expect(line.userId).toBe('dev:u-trader');
    const all = lines.join('\n');
    expect(all).not.toContain(cookie.split('=')[1]);
    expect(all).not.toContain(csrfToken);
    expect(all).not.toContain('SECRET-BEARER');
  });

  it('censors a CSRF token sent in the query string', async () => {
    lines.length = 0;
    await gateway.app.inject({ method: 'GET', url: '/api/orders?csrfToken=SECRET-CSRF-789' });

    expect(lines.join('\n')).not.toContain('SECRET-CSRF-789');
    expect(lines.join('\n')).toContain('csrfToken=[redacted]');
  });

  it('censors secret headers by path when a request object is logged', async () => {
    lines.length = 0;
    gateway.app.log.info(
      { req: { id: 'r1', method: 'GET', url: '/x?token=abc', headers: { cookie: 'a=b' } } },
      'probe',
    );

    const line = JSON.parse(lines[0] as string);
    expect(line.req.url).toBe('/x?token=[redacted]');
    expect(JSON.stringify(line)).not.toContain('a=b');
  });
});
