/**
 * The web app's files: client-side routes fall back to index.html, hashed
 * assets are cached, and conditional or range requests that cannot be met
 * get their own 4xx problem, never a 500.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { testGateway } from './support/test-gateway.js';

let gateway: Gateway;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'qgw-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Qenergyz</title>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1);');
  gateway = await testGateway({ web: { distDir: dist } });
});

afterAll(() => gateway.app.close());

describe('static site', () => {
  it('serves index.html for a client-side route asked for as a page', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/dashboard?tab=risk',
      headers: { accept: 'text/html' },
    });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Qenergyz</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('keeps unknown gateway paths a 404 problem, even asked for as a page', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/auth/nope',
      headers: { accept: 'text/html' },
    });

    expect(response.statusCode).toBe(404);
  });

  it('caches hashed assets for a year', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/assets/app-1234.js' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['an unsatisfiable Range', { range: 'bytes=99999999-' }, 416, 'range_not_satisfiable'],
    ['an If-Match that does not hold', { 'if-match': '"x"' }, 412, 'precondition_failed'],
    [
      'an old If-Unmodified-Since',
      { 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
      412,
      'precondition_failed',
    ],
  ])('answers %s with %i', async (_case, headers, status, code) => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/assets/app-1234.js',
      headers,
    });

    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
  });
});
