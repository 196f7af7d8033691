// Process entry: `node dist/main.js [market trading risk compliance accounts]`
// starts the named services (all five by default) with settings from the
// environment, and closes them gracefully on SIGTERM or SIGINT.

import { ConfigError, loadSettings } from './config.js';
import { isServiceName, SERVICE_NAMES } from './identity/vocabulary.js';
import { clockStartingAt, systemClock } from './market-data/market-clock.js';
import { startServices } from './start-services.js';

async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((name) => !isServiceName(name));
  if (unknown.length > 0) {
    console.error(
      `unknown service(s) ${unknown.join(', ')}; choose from ${SERVICE_NAMES.join(', ')}`,
    );
    process.exit(2);
  }

  const settings = loadSettings(process.env);
  const clock =
    settings.marketClockStart === null ? systemClock : clockStartingAt(settings.marketClockStart);

  const running = await startServices({
    services: argv.length === 0 ? SERVICE_NAMES : argv.filter(isServiceName),
    host: settings.host,
    ports: settings.ports,
    dataDir: settings.dataDir,
    priceDataDir: settings.priceDataDir,
    priceSimulationSeed: settings.priceSimulationSeed,
    tickIntervalMs: settings.tickIntervalMs,
    clock: () => clock.now(),
    jwksUrl: settings.gatewayJwksUrl,
    issuer: settings.gatewayIssuer,
    logLevel: settings.logLevel,
    riskVarWindowDays: settings.riskVarWindowDays,
    riskLimits: settings.riskLimits,
    positionLimits: settings.positionLimits,
    termsVersion: settings.termsVersion,
  });

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('services failed to start', error);
  }
  process.exit(1);
});
