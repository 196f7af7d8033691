/**
 * `npm start`: the whole stack on embedded defaults. Gateway on
 * http://localhost:8080, identity provider on http://127.0.0.1:4010, the
 * services on 4101–4105, SQLite files and logs under ./data. Uses the EIA
 * price files beside the repository when they are there, otherwise the
 * seeded simulation. Ctrl-C stops every process.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { marketsOpenAt, nextOpening } from '@qenergyz/services';

import { startStack } from './stack.js';

const FIXTURE_USERS: [string, string][] = [
  ['trader@qenergyz.test', 'trader, basic tier'],
  ['trader.me@qenergyz.test', 'a second trader, basic tier'],
  ['risk@qenergyz.test', 'risk manager'],
  ['compliance@qenergyz.test', 'compliance officer'],
  ['admin@qenergyz.test', 'admin'],
];

function portFrom(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${variable} must be a port number from 1 to 65535, got "${raw}"`);
  }
  return port;
}

/** Trading hours are enforced: tell the user where a trade can pass right now. */
function marketStatus(marketClock: string | undefined): string {
  const now = marketClock ? new Date(marketClock) : new Date();
  const open = marketsOpenAt(now);
  if (open.length > 0) {
    return `Markets open now: ${open.join(', ')}. Onboard with one of them to have trades filled.`;
  }
  const next = nextOpening(now);
  return [
    `Every market is closed at ${now.toISOString()}, so compliance will refuse trades.`,
    `To trade now, restart with the market clock at an opening time:`,
    `  MARKET_CLOCK=${next?.toISOString() ?? '2026-12-07T10:00:00Z'} npm start`,
  ].join('\n');
}

async function main(): Promise<void> {
  const dataDir = resolve(process.env['QENERGYZ_DATA_DIR'] ?? 'data');
  const sharedPrices = resolve('..', 'shared', 'data', 'prices');
  const priceDataDir =
    process.env['PRICE_DATA_DIR'] ?? (existsSync(sharedPrices) ? sharedPrices : undefined);
  const started = performance.now();

  const gatewayPort = portFrom('PORT', 8080);
  const stack = await startStack({
    gatewayPort,
    idpPort: portFrom('DEV_IDP_PORT', 4010),
    servicePorts: {
      market: portFrom('MARKET_PORT', 4101),
      trading: portFrom('TRADING_PORT', 4102),
      risk: portFrom('RISK_PORT', 4103),
      compliance: portFrom('COMPLIANCE_PORT', 4104),
      accounts: portFrom('ACCOUNTS_PORT', 4105),
    },
    dataDir,
    priceDataDir,
    logDir: resolve(dataDir, 'logs'),
    ...(process.env['MARKET_CLOCK'] ? { marketClock: process.env['MARKET_CLOCK'] } : {}),
    // Browsers share cookies across the ports of one host: a second copy on
    // another port gets its own cookie name, so the two never sign each other out.
    ...(gatewayPort === 8080
      ? {}
      : { extraGatewayEnv: { GATEWAY_SESSION__COOKIE_NAME: `qgw_session_${gatewayPort}` } }),
  });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nQenergyz is ready in ${seconds} s: open ${stack.gatewayUrl} and sign in.\n`);
  console.log('Fixture users (password "dev"; each completes onboarding on first sign-in):');
  for (const [email, what] of FIXTURE_USERS) console.log(`  ${email.padEnd(26)} ${what}`);
  console.log(`\n${marketStatus(process.env['MARKET_CLOCK'])}`);
  console.log(`\nPrices: ${priceDataDir ?? 'seeded simulation'}`);
  console.log(`Data and logs: ${dataDir}\nPress Ctrl-C to stop.`);

  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    stack.stop().then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));

  // A process that dies takes the stack down with it, loudly.
  void stack.exited.then((name) => {
    console.error(`\n${name} stopped unexpectedly; its log is in ${resolve(dataDir, 'logs')}`);
    console.error(stack.output(name).split('\n').slice(-10).join('\n'));
    stop(1);
  });

  // When whoever started us (npm, a shell, a supervisor) goes away without
  // passing the signal on, stop instead of leaving the processes behind.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop(0);
  }, 1_000).unref();
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  if (message.includes('already in use')) {
    console.error(
      'Choose other ports with PORT, DEV_IDP_PORT and MARKET_PORT … ACCOUNTS_PORT (README).',
    );
  }
  process.exit(1);
});
