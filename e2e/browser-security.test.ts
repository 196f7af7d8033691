/**
 * Login and CSRF behaviour as a browser sees it: hostile returnTo values,
 * two tabs signing in at once, and state changes without the CSRF token.
 */
import { createServer, type Server } from 'node:http';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { launchBrowser, signInAtProvider, signInThroughApp } from './support/browser.js';
import { HOSTILE_RETURN_TO } from './support/hostile-return-to.js';
import { startTestStack } from './support/test-stack.js';

let stack: RunningStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('returnTo in the browser', () => {
  it.each(HOSTILE_RETURN_TO)('lands a login with a %s returnTo on /', async (_name, query) => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${stack.gatewayUrl}/auth/login/dev?${query}`);
    await signInAtProvider(page, 'trader@qenergyz.test');
    await page.waitForURL((url) => url.origin === stack.gatewayUrl);

    const final = new URL(page.url());
    expect(final.origin).toBe(stack.gatewayUrl);
    expect(final.pathname).toBe('/');
    await context.close();
  });

  it('keeps /dashboard?tab=risk', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(
      `${stack.gatewayUrl}/auth/login/dev?returnTo=${encodeURIComponent('/dashboard?tab=risk')}`,
    );
    await signInAtProvider(page, 'trader@qenergyz.test');
    await page.waitForURL((url) => url.origin === stack.gatewayUrl);

    const final = new URL(page.url());
    expect(`${final.pathname}${final.search}`).toBe('/dashboard?tab=risk');
    await context.close();
  });
});

describe('a failed login in the browser', () => {
  it('shows the reason on the sign-in page and cleans the address bar', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${stack.gatewayUrl}/auth/callback/dev?code=stolen&state=forged`);
    const message = page.locator('[data-testid="login-error"]');

    await expect.poll(() => message.textContent()).toContain('expired or was already used');
    expect(new URL(page.url()).search).toBe('');
    await page.waitForSelector('[data-testid="signin-dev"]');
    await context.close();
  });
});

describe('two tabs', () => {
  it('both finish signing in when started at the same time', async () => {
    const context = await browser.newContext();
    const [tabA, tabB] = await Promise.all([context.newPage(), context.newPage()]);

    await Promise.all([
      tabA.goto(`${stack.gatewayUrl}/auth/login/dev?returnTo=%2Fa`),
      tabB.goto(`${stack.gatewayUrl}/auth/login/dev?returnTo=%2Fb`),
    ]);
    await signInAtProvider(tabA, 'trader@qenergyz.test');
    await tabA.waitForURL((url) => url.origin === stack.gatewayUrl);
    // Tab B still shows the login form of its own attempt.
    await signInAtProvider(tabB, 'trader@qenergyz.test');
    await tabB.waitForURL((url) => url.origin === stack.gatewayUrl);

    expect(new URL(tabA.url()).pathname).toBe('/a');
    expect(new URL(tabB.url()).pathname).toBe('/b');
    const status = await tabB.evaluate(async () => (await fetch('/auth/me')).status);
    expect(status).toBe(200);
    await context.close();
  });
});

describe('CSRF in the browser', () => {
  let evil: Server;
  let evilUrl: string;

  beforeAll(async () => {
    evil = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html');
      response.end(`<form id="f" method="post" action="${stack.gatewayUrl}/api/trades" enctype="text/plain">
        <input name='{"instrument":"BRENT","side":"buy","quantity":1,"type":"market","x":"' value='"}'>
        </form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const address = evil.address();
    evilUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });

  afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())));

  it('refuses a state-changing call from the app page without the token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughApp(page, stack.gatewayUrl, 'trader@qenergyz.test');

    const result = await page.evaluate(async () => {
      const response = await fetch('/api/trades', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ instrument: 'BRENT', side: 'buy', quantity: 1, type: 'market' }),
      });
      return { status: response.status, body: (await response.json()) as { code: string } };
    });

    expect(result.status).toBe(403);
    expect(result.body.code).toBe('csrf_token_invalid');
    await context.close();
  });

  it('refuses a cross-site form post and places no order', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughApp(page, stack.gatewayUrl, 'trader@qenergyz.test');

    const attack = await context.newPage();
    const answer = attack.waitForResponse((r) =>
      r.url().startsWith(`${stack.gatewayUrl}/api/trades`),
    );
    await attack.goto(evilUrl);
    const response = await answer;

    expect([401, 403, 415]).toContain(response.status());
    const orders = await page.evaluate(async () => {
      const me = (await (await fetch('/auth/me')).json()) as { csrfToken: string };
      const list = await fetch('/api/orders', { headers: { 'x-csrf-token': me.csrfToken } });
      return ((await list.json()) as { orders: unknown[] }).orders.length;
    });
    expect(orders).toBe(0);
    await context.close();
  });
});
