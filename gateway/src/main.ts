/**
 * The gateway process: load and validate configuration (stopping with every
 * problem listed), start listening, and shut down gracefully on SIGTERM or
 * SIGINT: readiness turns 503, the server stops accepting, in-flight
 * requests drain, then the process exits. A second signal, or the grace
 * period running out, exits at once.
 */
import { ConfigError, loadConfig } from './config/load-config.js';
import { buildGateway } from './app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (
      error instanceof ConfigError ||
      (error as { code?: string }).code === 'config_file_unreadable'
    ) {
      console.error(`qenergyz-gateway: ${(error as Error).message}`);
      process.exit(2);
    }
    throw error;
  }

  const gateway = await buildGateway(config);
  const { app } = gateway;
  const address = await app.listen({ host: config.server.host, port: config.server.port });
  app.log.info(
    { address, publicUrl: config.server.publicUrl, profile: config.profile },
    'gateway ready',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    gateway.beginShutdown();
    const force = setTimeout(() => {
      app.log.error({ graceMs: config.server.shutdownGraceMs }, 'shutdown grace period exceeded');
      process.exit(1);
    }, config.server.shutdownGraceMs);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('qenergyz-gateway: failed to start', error);
  process.exit(1);
});
