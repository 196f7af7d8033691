// Process entry of the development identity provider: refuse production,
// read the environment, start, and stop cleanly on SIGTERM or SIGINT.
// Problems that stop the start go to stderr as plain lines and exit with 1.

import { readDevIdpEnv } from './config.js';
import { isDevIdpError } from './errors.js';
import { createJsonLogger } from './logger.js';
import { assertNotProduction, processEnvironment } from './production-guard.js';
import { startDevIdp } from './server.js';

function refuse(error: unknown): never {
  if (isDevIdpError(error)) {
    console.error(`dev-idp: ${error.message}`);
  } else {
    console.error('dev-idp: failed to start', error);
  }
  process.exit(1);
}

async function main(): Promise<void> {
  const environment = processEnvironment();
  assertNotProduction(environment);

  const settings = readDevIdpEnv(process.env);
  const logger = createJsonLogger({ level: settings.logLevel });
  const idp = await startDevIdp({ ...settings, ...environment, logger });

  logger.info(
    {
      url: idp.url,
      issuer: idp.issuer,
      discovery: `${idp.issuer}/.well-known/openid-configuration`,
      clientId: settings.clientId,
      redirectUris: settings.redirectUris,
    },
    'listening',
  );

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    idp.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch(refuse);
