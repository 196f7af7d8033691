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
  ['trader@qenergyz.test', 'trader, basic tier, not yet onboarded'],
  ['trader.me@qenergyz.test', 'trader, basic tier (Middle East scenarios)'],
  ['risk@qenergyz.test', 'risk manager'],
  ['compliance@qenergyz.test', 'compliance officer'],
  ['admin@qenergyz.test', 'admin'],
];

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

  const stack = await startStack({
    gatewayPort: Number(process.env['PORT'] ?? 8080),
    idpPort: 4010,
    servicePorts: { market: 4101, trading: 4102, risk: 4103, compliance: 4104, accounts: 4105 },
    dataDir,
    priceDataDir,
    logDir: resolve(dataDir, 'logs'),
    ...(process.env['MARKET_CLOCK'] ? { marketClock: process.env['MARKET_CLOCK'] } : {}),
  });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nQenergyz is ready in ${seconds} s: open ${stack.gatewayUrl} and sign in.\n`);
  console.log('Fixture users (password "dev"):');
  for (const [email, what] of FIXTURE_USERS) console.log(`  ${email.padEnd(26)} ${what}`);
  console.log(`\n${marketStatus(process.env['MARKET_CLOCK'])}`);
  console.log(`\nPrices: ${priceDataDir ?? 'seeded simulation'}`);
  console.log(`Data and logs: ${dataDir}\nPress Ctrl-C to stop.`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping…');
    stack.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
