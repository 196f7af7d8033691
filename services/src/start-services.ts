// Starts the chosen services in this process, each its own Fastify instance on
// its own port, sharing one price history, one quote source and one clock.
// `main.ts` calls it with the environment's settings; the gateway's tests call
// it in-process with port 0 and a local key set.

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { buildAccountsApp } from './accounts/app.js';
import { buildComplianceApp } from './compliance/app.js';
import { DEFAULTS } from './config.js';
import {
  DEFAULT_POSITION_LIMITS,
  DEFAULT_RULE_BOOK,
  type PositionLimits,
  type RuleBook,
} from './compliance/rules.js';
import { type ServiceAppOptions } from './http/create-service-app.js';
import { SERVICE_NAMES, type ServiceName, type Tier } from './identity/vocabulary.js';
import { buildMarketApp } from './market/app.js';
import type { InstrumentSymbol } from './market-data/instruments.js';
import { loadPriceHistory } from './market-data/load-market-data.js';
import { clockFrom, type MarketClock } from './market-data/market-clock.js';
import type { PriceHistory } from './market-data/price-history.js';
import { QuoteSource } from './market-data/quote-source.js';
import { startTickStream } from './market-data/tick-stream.js';
import { buildRiskApp } from './risk/app.js';
import { DEFAULT_RISK_LIMITS, DEFAULT_VAR_WINDOW_DAYS } from './risk/risk-limits.js';
import { SqliteAccountStore } from './storage/sqlite-account-store.js';
import { SqliteTradingStore } from './storage/sqlite-trading-store.js';
import { buildTradingApp } from './trading/app.js';

export interface StartServicesOptions {
  /** Which services to start; all five by default. */
  services?: readonly ServiceName[];
  /** Default 127.0.0.1. */
  host?: string;
  /** Port per service; a service not listed listens on an ephemeral port (0). */
  ports?: Partial<Record<ServiceName, number>>;
  /** Directory for trading.sqlite and accounts.sqlite; created if missing. */
  dataDir: string;
  /** Directory of EIA CSV files; without it the seeded simulation is used. */
  priceDataDir?: string | null;
  /** Seed of the simulated history and of the tick feed; default 42. */
  priceSimulationSeed?: number;
  /** Moves quotes every this many ms (a seeded random walk); default 0, quotes stay put. */
  tickIntervalMs?: number;
  /** The business clock (trading hours, timestamps); default the system clock. */
  clock?: () => Date;
  /** Exactly one of jwksUrl, jwks or keySet tells the services where the gateway's keys are. */
  jwksUrl?: string;
  jwks?: JSONWebKeySet;
  keySet?: JWTVerifyGetKey;
  /** Default 'qenergyz-gateway'. */
  issuer?: string;
  /** pino level for every service; default 'silent'. */
  logLevel?: string;
  riskVarWindowDays?: number;
  riskLimits?: Partial<Record<Tier, number>>;
  positionLimits?: Partial<Record<InstrumentSymbol, number>>;
  rules?: RuleBook;
  termsVersion?: string;
}

export interface RunningServices {
  urls: Record<ServiceName, string>;
  /** The shared quote source: a tick feed or a test moves prices through it. */
  quotes: QuoteSource | null;
  close(): Promise<void>;
}

interface Resources {
  history: PriceHistory | null;
  quotes: QuoteSource | null;
  closers: (() => Promise<void>)[];
}

export async function startServices(options: StartServicesOptions): Promise<RunningServices> {
  const selected = [...new Set(options.services ?? SERVICE_NAMES)];
  const clock = clockFrom(options.clock ?? (() => new Date()));
  const host = options.host ?? DEFAULTS.host;
  const identity = { keySet: keySetOf(options), issuer: options.issuer ?? DEFAULTS.gatewayIssuer };
  const common = { identity, logLevel: options.logLevel ?? 'silent' };

  mkdirSync(options.dataDir, { recursive: true });
  const resources = await openResources(selected, options, clock);
  const apps: [ServiceName, FastifyInstance][] = [];

  try {
    for (const name of selected) {
      apps.push([name, buildApp(name, options, resources, clock, common)]);
    }
    const urls = {} as Record<ServiceName, string>;
    for (const [name, app] of apps) {
      await app.listen({ host, port: options.ports?.[name] ?? 0 });
      urls[name] = urlOf(app);
    }
    return { urls, quotes: resources.quotes, close: () => closeAll(apps, resources) };
  } catch (error) {
    await closeAll(apps, resources);
    throw error;
  }
}

async function openResources(
  selected: readonly ServiceName[],
  options: StartServicesOptions,
  clock: MarketClock,
): Promise<Resources> {
  const needsPrices = selected.some((s) => s === 'market' || s === 'trading' || s === 'risk');
  const history = needsPrices
    ? await loadPriceHistory(
        options.priceDataDir
          ? { kind: 'eia', directory: options.priceDataDir }
          : {
              kind: 'simulation',
              seed: options.priceSimulationSeed ?? DEFAULTS.priceSimulationSeed,
              endDate: clock.now(),
            },
      )
    : null;
  const quotes = history === null ? null : new QuoteSource(history, () => clock.now());
  const closers: Resources['closers'] = [];

  const intervalMs = options.tickIntervalMs ?? 0;
  if (history !== null && quotes !== null && intervalMs > 0) {
    const seed = options.priceSimulationSeed ?? DEFAULTS.priceSimulationSeed;
    const ticks = startTickStream({ history, quotes, intervalMs, seed });
    closers.push(async () => ticks.stop());
  }
  return { history, quotes, closers };
}

function buildApp(
  name: ServiceName,
  options: StartServicesOptions,
  resources: Resources,
  clock: MarketClock,
  common: ServiceAppOptions,
): FastifyInstance {
  const history = resources.history as PriceHistory;
  const quotes = resources.quotes as QuoteSource;

  switch (name) {
    case 'market':
      return buildMarketApp({ ...common, history, quotes });
    case 'trading': {
      const store = new SqliteTradingStore(join(options.dataDir, 'trading.sqlite'));
      resources.closers.push(() => store.close());
      return buildTradingApp({ ...common, store, quotes, clock });
    }
    case 'risk':
      return buildRiskApp({
        ...common,
        history,
        clock,
        windowDays: options.riskVarWindowDays ?? DEFAULT_VAR_WINDOW_DAYS,
        limits: { ...DEFAULT_RISK_LIMITS, ...options.riskLimits },
      });
    case 'compliance':
      return buildComplianceApp({
        ...common,
        clock,
        rules: options.rules ?? DEFAULT_RULE_BOOK,
        positionLimits: { ...DEFAULT_POSITION_LIMITS, ...options.positionLimits } as PositionLimits,
      });
    case 'accounts': {
      const store = new SqliteAccountStore(join(options.dataDir, 'accounts.sqlite'));
      resources.closers.push(() => store.close());
      return buildAccountsApp({
        ...common,
        store,
        clock,
        termsVersion: options.termsVersion ?? DEFAULTS.termsVersion,
      });
    }
  }
}

function keySetOf(options: StartServicesOptions): JWTVerifyGetKey {
  const given = [options.jwksUrl, options.jwks, options.keySet].filter((v) => v !== undefined);
  if (given.length !== 1) {
    throw new TypeError('startServices needs exactly one of jwksUrl, jwks or keySet');
  }
  if (options.keySet !== undefined) return options.keySet;
  if (options.jwks !== undefined) return createLocalJWKSet(options.jwks);
  return createRemoteJWKSet(new URL(options.jwksUrl as string));
}

function urlOf(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

// Apps first, so in-flight requests finish before their stores close.
async function closeAll(apps: [ServiceName, FastifyInstance][], resources: Resources) {
  await Promise.allSettled(apps.map(([, app]) => app.close()));
  await Promise.allSettled(resources.closers.map((close) => close()));
}
