/**
 * Starts the whole Qenergyz stack as real processes: the development
 * identity provider, the reference services and the gateway, wired to each
 * other through environment variables, and waits until the gateway reports
 * ready. Used by `npm start` and by the integration and browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort, isPortFree } from './free-port.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVICES = ['market', 'trading', 'risk', 'compliance', 'accounts'] as const;
type ServiceName = (typeof SERVICES)[number];

export interface StackOptions {
  /** 0 (the default) picks a free port. */
  readonly gatewayPort?: number;
  readonly idpPort?: number;
  readonly servicePorts?: Partial<Record<ServiceName, number>>;
  readonly dataDir: string;
  /** Directory of EIA CSV files; a seeded simulation when absent. */
  readonly priceDataDir?: string;
  /** ISO instant the compliance market clock starts at. */
  readonly marketClock?: string;
  readonly logLevel?: string;
  /** Where each process's output goes: a directory of `<name>.log` files. */
  readonly logDir?: string;
  readonly readyTimeoutMs?: number;
  readonly extraGatewayEnv?: Record<string, string>;
}

export interface RunningStack {
  /** Resolves with the name of the first process that exits on its own. */
  readonly exited: Promise<string>;
  readonly gatewayUrl: string;
  readonly idpUrl: string;
  readonly serviceUrls: Record<ServiceName, string>;
  /** The last lines each process wrote, for failure reports. */
  output(name: string): string;
  stop(): Promise<void>;
}

interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  readonly lines: string[];
}

function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  log?: WriteStream,
): Child {
  const child = spawn(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, process: child, lines };
}

async function resolvePort(port: number | undefined): Promise<number> {
  if (port === undefined || port === 0) return freePort();
  // Another copy of the stack on the same port would answer our readiness
  // probe and make a failed start look like success.
  if (!(await isPortFree(port))) {
    throw new Error(
      `port ${port} is already in use: stop what listens there or choose another port`,
    );
  }
  return port;
}

async function waitForReady(url: string, children: Child[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exited = children.find((child) => child.process.exitCode !== null);
    if (exited) {
      throw new Error(
        `${exited.name} exited with ${exited.process.exitCode}:\n${exited.lines.join('\n')}`,
      );
    }
    try {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const report = children.map((child) => `--- ${child.name}\n${child.lines.slice(-20).join('\n')}`);
  throw new Error(`the stack was not ready within ${timeoutMs} ms\n${report.join('\n')}`);
}

function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.process.kill('SIGKILL'), 5_000);
    child.process.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.process.kill('SIGTERM');
  });
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const gatewayPort = await resolvePort(options.gatewayPort);
  const idpPort = await resolvePort(options.idpPort);
  const servicePorts = {} as Record<ServiceName, number>;
  for (const name of SERVICES) servicePorts[name] = await resolvePort(options.servicePorts?.[name]);

  const gatewayUrl = `http://localhost:${gatewayPort}`;
  const idpUrl = `http://127.0.0.1:${idpPort}`;
  const serviceUrls = Object.fromEntries(
    SERVICES.map((name) => [name, `http://127.0.0.1:${servicePorts[name]}`]),
  ) as Record<ServiceName, string>;
  const logLevel = options.logLevel ?? 'info';

  mkdirSync(options.dataDir, { recursive: true });
  if (options.logDir) mkdirSync(options.logDir, { recursive: true });
  const logFile = (name: string) =>
    options.logDir
      ? createWriteStream(join(options.logDir, `${name}.log`), { flags: 'a' })
      : undefined;

  const children: Child[] = [];
  children.push(
    startProcess(
      'dev-idp',
      'dev-idp/dist/main.js',
      {
        DEV_IDP_HOST: '127.0.0.1',
        DEV_IDP_PORT: String(idpPort),
        DEV_IDP_REDIRECT_URIS: `${gatewayUrl}/auth/callback/dev`,
        DEV_IDP_POST_LOGOUT_REDIRECT_URIS: `${gatewayUrl}/`,
        LOG_LEVEL: logLevel,
      },
      logFile('dev-idp'),
    ),
  );
  children.push(
    startProcess(
      'services',
      'services/dist/main.js',
      {
        SERVICES_HOST: '127.0.0.1',
        ...Object.fromEntries(
          SERVICES.map((name) => [`${name.toUpperCase()}_PORT`, String(servicePorts[name])]),
        ),
        SERVICES_DATA_DIR: options.dataDir,
        GATEWAY_JWKS_URL: `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`,
        ...(options.priceDataDir ? { PRICE_DATA_DIR: options.priceDataDir } : {}),
        ...(options.marketClock ? { MARKET_CLOCK: options.marketClock } : {}),
        LOG_LEVEL: logLevel,
      },
      logFile('services'),
    ),
  );
  children.push(
    startProcess(
      'gateway',
      'gateway/dist/main.js',
      {
        GATEWAY_SERVER__HOST: 'localhost',
        GATEWAY_SERVER__PORT: String(gatewayPort),
        GATEWAY_SERVER__PUBLIC_URL: gatewayUrl,
        GATEWAY_PROVIDERS__DEV__ISSUER: idpUrl,
        ...Object.fromEntries(
          SERVICES.map((name) => [
            `GATEWAY_SERVICES__${name.toUpperCase()}__URL`,
            serviceUrls[name],
          ]),
        ),
        GATEWAY_LOG__LEVEL: logLevel,
        ...options.extraGatewayEnv,
      },
      logFile('gateway'),
    ),
  );

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map(stopChild));
  };
  const exited = new Promise<string>((resolve) => {
    for (const child of children) {
      child.process.once('exit', () => {
        if (!stopping) resolve(child.name);
      });
    }
  });
  try {
    await waitForReady(gatewayUrl, children, options.readyTimeoutMs ?? 20_000);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    exited,
    gatewayUrl,
    idpUrl,
    serviceUrls,
    output: (name) => children.find((child) => child.name === name)?.lines.join('\n') ?? '',
    stop,
  };
}
