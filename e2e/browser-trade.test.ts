/**
 * A trader's day in Chromium: sign in through the provider, onboard, place
 * a BRENT market order, see it filled in the blotter and in the positions,
 * rest a limit order and cancel it,
 * sign out of the gateway and of the provider. And a refusal outside trading hours shows its reason.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { launchBrowser, onboardInApp, signInThroughApp } from './support/browser.js';
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

describe('trading in the browser', () => {
  it('signs in, onboards, fills a BRENT order and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await signInThroughApp(page, stack.gatewayUrl, 'trader@qenergyz.test');
    await page.waitForSelector('input[name="company"]');
    await onboardInApp(page, 'UK');

    await page.selectOption('[data-testid="order-ticket"] select[name="instrument"]', 'BRENT');
    await page.fill('[data-testid="order-ticket"] input[name="quantity"]', '3');
    await page.click('[data-testid="order-ticket"] button:has-text("Place order")');

    const row = page.locator('[data-testid="blotter"] [data-testid^="order-"]').first();
    await expect.poll(() => row.textContent()).toContain('filled');
    expect(await row.textContent()).toContain('BRENT');
    const position = page.locator('[data-testid="position-BRENT"]');
    await expect.poll(() => position.textContent()).toContain('3');

    // A limit order far below the market rests; cancelling it from the blotter.
    await page.selectOption('[data-testid="order-ticket"] select[name="type"]', 'limit');
    await page.fill('[data-testid="order-ticket"] input[name="quantity"]', '1');
    await page.fill('[data-testid="order-ticket"] input[name="limitPrice"]', '1');
    await page.click('[data-testid="order-ticket"] button:has-text("Place order")');
    const cancel = page.locator('[data-testid="blotter"] [data-testid^="cancel-"]');
    await cancel.first().waitFor();
    await cancel.first().click();
    await expect
      .poll(() => page.locator('[data-testid="cancel-outcome"]').textContent())
      .toContain('cancelled');
    await expect.poll(() => row.textContent()).toContain('cancelled');

    const cookies = await context.cookies(stack.gatewayUrl);
    expect(cookies.find((c) => c.name === 'qgw_session')?.httpOnly).toBe(true);
    // The app keeps no tokens in web storage: both stores stay empty.
    const stored = await page.evaluate('`${localStorage.length}/${sessionStorage.length}`');
    expect(stored).toBe('0/0');

    await page.click('[data-testid="signout"]');
    await page.waitForURL((url) => url.origin === stack.gatewayUrl && url.pathname === '/');
    await page.waitForSelector('[data-testid="signin-dev"]');
    const me = await page.evaluate(async () => (await fetch('/auth/me')).status);
    expect(me).toBe(401);

    // The provider's session ended too: signing in again asks for the password.
    await page.click('[data-testid="signin-dev"]');
    await page.waitForSelector('input[name="password"]');
    expect(new URL(page.url()).origin).toBe(stack.idpUrl);
    await context.close();
  });

  it('shows the reason when a trade is refused outside trading hours', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await signInThroughApp(page, stack.gatewayUrl, 'admin@qenergyz.test');
    await page.waitForSelector('input[name="company"]');
    await onboardInApp(page, 'US');
    await page.fill('[data-testid="order-ticket"] input[name="quantity"]', '1');
    await page.click('[data-testid="order-ticket"] button:has-text("Place order")');

    const errors = page.locator('[data-testid="trade-error"]');
    await expect
      .poll(async () => (await errors.allTextContents()).join(' '))
      .toContain('US market is closed');
    expect((await errors.allTextContents()).join(' ')).toContain('America/New_York');
    await context.close();
  });
});
