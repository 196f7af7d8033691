// Starts the development identity provider on a node:http server: the
// production guard first, then the settings, then the listener. Requests under
// /interaction/ go to this package's pages, everything else to oidc-provider.
// With port 0 the issuer is derived from the port the system picked, so the
// provider is created once the socket is bound.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type Provider from 'oidc-provider';

import { DevIdpError } from './errors.js';
import { resolveDevIdpSettings, type DevIdpSettings, type DevIdpSettingsInput } from './config.js';
import { createInteractionHandler, isInteractionPath } from './interactions.js';
import { createJsonLogger, type DevIdpLogger } from './logger.js';
import { assertNotProduction, type DeploymentEnvironment } from './production-guard.js';
import { createDevIdpProvider } from './provider.js';

export interface DevIdpOptions extends DevIdpSettingsInput, DeploymentEnvironment {
  /** Receives the provider's log lines; JSON on stdout at `logLevel` by default. */
  logger?: DevIdpLogger;
}

export interface RunningDevIdp {
  /** The issuer identifier, as in the discovery document. */
  readonly issuer: string;
  /** Where the server listens, e.g. http://127.0.0.1:4010. */
  readonly url: string;
  readonly port: number;
  readonly provider: Provider;
  /** Stops accepting connections and resolves once the server is closed. */
  close(): Promise<void>;
}

/** After this long, connections still open at close are cut. */
const CLOSE_GRACE_MS = 5_000;

function listenError(host: string, port: number, error: NodeJS.ErrnoException): DevIdpError {
  const reason =
    error.code === 'EADDRINUSE'
      ? 'the port is already in use; stop the other process or choose another port'
      : error.message;
  return new DevIdpError('DEV_IDP_ERR_LISTEN', `cannot listen on ${host}:${port}: ${reason}`, {
    cause: error,
  });
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => reject(listenError(host, port, error));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve(server.address() as AddressInfo);
    });
  });
}

function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error === undefined) {
        resolve();
      } else {
        reject(error);
      }
    });
    server.closeIdleConnections();
  });
}

function logRequests(logger: DevIdpLogger, req: IncomingMessage, res: ServerResponse) {
  const started = performance.now();
  res.once('finish', () => {
    const path = (req.url ?? '/').split('?')[0];
    const durationMs = Math.round(performance.now() - started);
    logger.info({ method: req.method, path, status: res.statusCode, durationMs }, 'request');
  });
}

function environmentOf(options: DevIdpOptions): DeploymentEnvironment {
  return {
    profile: options.profile ?? process.env.GATEWAY_PROFILE,
    nodeEnv: options.nodeEnv ?? process.env.NODE_ENV,
  };
}

/**
 * Starts the provider. Throws DevIdpError DEV_IDP_ERR_PRODUCTION when the
 * profile or NODE_ENV (from the options, else from the process environment)
 * is production, DEV_IDP_ERR_CONFIG listing every invalid option, and
 * DEV_IDP_ERR_LISTEN when the address cannot be bound.
 */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<RunningDevIdp> {
  assertNotProduction(environmentOf(options));

  // nodeEnv and logger are not settings; the schema drops keys it does not know.
  const { logger: givenLogger, ...input } = options;
  const settings: DevIdpSettings = resolveDevIdpSettings(input);
  const logger = givenLogger ?? createJsonLogger({ level: settings.logLevel });

  const server = createServer();
  const address = await listen(server, settings.host, settings.port);
  const url = urlOf(address);
  const issuer = settings.issuer ?? `http://127.0.0.1:${address.port}`;

  let provider: Provider;
  try {
    provider = createDevIdpProvider({ ...settings, issuer, logger });
  } catch (error) {
    await closeServer(server);
    throw error;
  }

  const handleProvider = provider.callback();
  const handleInteraction = createInteractionHandler({
    provider,
    clientId: settings.clientId,
    logger,
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    logRequests(logger, req, res);
    const { pathname } = new URL(req.url ?? '/', 'http://dev-idp.invalid');
    if (isInteractionPath(pathname)) {
      void handleInteraction(req, res);
      return;
    }
    void handleProvider(req, res);
  });

  let closing: Promise<void> | undefined;
  return Object.freeze({
    issuer,
    url,
    port: address.port,
    provider,
    close: () => (closing ??= closeServer(server)),
  });
}
