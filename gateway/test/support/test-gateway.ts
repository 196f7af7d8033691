/**
 * A gateway built in-process for tests that use `inject`: no web app, quiet
 * logs, services and the provider pointed at a closed loopback port, and a helper that signs
 * a user in by creating a session directly in the store.
 */
import { freePort } from '../../../scripts/src/free-port.js';
import { parseConfig } from '../../src/config/load-config.js';
import { buildGateway, type Gateway, type GatewayOverrides } from '../../src/app.js';
import type { SessionUser } from '../../src/session/session-store.js';

/** A loopback port nothing listens on: freed right after the kernel handed it out. */
async function closedUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

export const TRADER: SessionUser = {
  id: 'dev:u-trader',
  email: 'trader@qenergyz.test',
  name: 'Tara Trader',
  roles: ['trader'],
  tier: 'basic',
  jurisdiction: 'UK',
  company: 'North Sea Energy Ltd',
  onboarded: true,
};

export async function testGateway(
  settings: Record<string, unknown> = {},
  overrides: GatewayOverrides = {},
): Promise<Gateway> {
  const closed = await closedUrl();
  const config = parseConfig({
    log: { level: 'silent' },
    web: { distDir: '' },
    providers: { dev: { issuer: closed } },
    services: {
      market: { url: closed },
      trading: { url: closed },
      risk: { url: closed },
      compliance: { url: closed },
      accounts: { url: closed },
      timeoutMs: 500,
    },
    ...settings,
  });
  return buildGateway(config, overrides);
}

export async function signIn(
  gateway: Gateway,
  user: SessionUser = TRADER,
): Promise<{ cookie: string; csrfToken: string }> {
  const { cookieValue, record } = await gateway.context.sessions.create({
    provider: 'dev',
    user,
    tokens: { accessToken: 'at-secret', refreshToken: 'rt-secret' },
  });
  return {
    cookie: `${gateway.context.cookies.sessionName}=${cookieValue}`,
    csrfToken: record.csrfToken,
  };
}
