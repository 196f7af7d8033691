/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser.
 * The flags keep a headless root run quiet and off the network.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Fills the development provider's login form when the page shows it. */
export async function signInAtProvider(page: Page, email: string, password = 'dev'): Promise<void> {
  await page.waitForSelector('input[name="login"]');
  await page.fill('input[name="login"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/interaction/')),
    page.click('button[type="submit"]'),
  ]);
}

/** From the app's sign-in page through the provider and back to the app. */
export async function signInThroughApp(
  page: Page,
  gatewayUrl: string,
  email: string,
): Promise<void> {
  await page.goto(gatewayUrl);
  await page.click('[data-testid="signin-dev"]');
  await signInAtProvider(page, email);
  await page.waitForURL((url) => url.origin === gatewayUrl);
}

export async function onboardInApp(page: Page, jurisdiction: string): Promise<void> {
  await page.fill('input[name="company"]', 'Atlantic Energy Trading');
  await page.selectOption('select[name="jurisdiction"]', jurisdiction);
  await page.check('input[name="terms"]');
  await page.click('button:has-text("Complete onboarding")');
  await page.waitForSelector('[data-testid="order-ticket"]');
}
