// Settings of the services process, read once from the environment at start.
// Every variable is optional with a documented default; an empty variable
// counts as unset. Invalid values stop the start, all of them reported at
// once, each naming the variable and the value received.

import { z } from 'zod';
import { DEFAULT_POSITION_LIMITS, type PositionLimits } from './compliance/rules.js';
import { TIERS, type ServiceName } from './identity/vocabulary.js';
import { INSTRUMENT_SYMBOLS } from './market-data/instruments.js';
import {
  DEFAULT_RISK_LIMITS,
  DEFAULT_VAR_WINDOW_DAYS,
  type RiskLimits,
} from './risk/risk-limits.js';

export interface ServicesSettings {
  host: string;
  ports: Readonly<Record<ServiceName, number>>;
  dataDir: string;
  /** Directory of EIA CSV files; null selects the seeded simulation. */
  priceDataDir: string | null;
  priceSimulationSeed: number;
  /** Interval of the simulated live quote feed; 0 keeps quotes at the last close. */
  tickIntervalMs: number;
  gatewayJwksUrl: string;
  gatewayIssuer: string;
  /** Instant the market clock starts at; null follows the system clock. */
  marketClockStart: Date | null;
  logLevel: string;
  riskVarWindowDays: number;
  riskLimits: RiskLimits;
  positionLimits: PositionLimits;
  termsVersion: string;
}

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export const DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  ports: Object.freeze({
    market: 4101,
    trading: 4102,
    risk: 4103,
    compliance: 4104,
    accounts: 4105,
  }),
  dataDir: './data',
  priceSimulationSeed: 42,
  gatewayJwksUrl: 'http://localhost:8080/.well-known/jwks.json',
  gatewayIssuer: 'qenergyz-gateway',
  logLevel: 'info',
  termsVersion: '2026-01',
});

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = z
  .string()
  .regex(/^\d{1,5}$/, 'must be an integer from 0 to 65535')
  .transform(Number)
  .refine((n) => n <= 65_535, 'must be an integer from 0 to 65535');

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `must be an integer from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be an integer from ${min} to ${max}`);

function jsonObject<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** A JSON object whose keys are all optional and drawn from `keys`. */
function jsonRecord<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  const shape = Object.fromEntries(keys.map((key) => [key, value.optional()]));
  return jsonObject(
    z.strictObject(
      shape as Record<K, z.ZodOptional<V>>,
      `must be a JSON object with keys among ${keys.join(', ')}`,
    ),
  );
}

const positive = z.number('must be a number').positive('must be a positive number');
const positiveLots = z
  .number('must be a number')
  .int('must be an integer')
  .positive('must be positive');

const envSchema = z.object({
  SERVICES_HOST: z.string().optional(),
  MARKET_PORT: port.optional(),
  TRADING_PORT: port.optional(),
  RISK_PORT: port.optional(),
  COMPLIANCE_PORT: port.optional(),
  ACCOUNTS_PORT: port.optional(),
  SERVICES_DATA_DIR: z.string().optional(),
  PRICE_DATA_DIR: z.string().optional(),
  PRICE_SIMULATION_SEED: integer(0, 4_294_967_295).optional(),
  MARKET_TICK_INTERVAL_MS: integer(0, 3_600_000).optional(),
  GATEWAY_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  GATEWAY_ISSUER: z.string().max(256, 'must be at most 256 characters').optional(),
  MARKET_CLOCK: z.iso
    .datetime({ offset: true, error: 'must be an ISO-8601 instant such as 2026-03-09T14:00:00Z' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`).optional(),
  RISK_VAR_WINDOW_DAYS: integer(20, 10_000).optional(),
  RISK_LIMITS_JSON: jsonRecord(TIERS, positive).optional(),
  COMPLIANCE_POSITION_LIMITS_JSON: jsonRecord(INSTRUMENT_SYMBOLS, positiveLots).optional(),
  ACCOUNTS_TERMS_VERSION: z.string().max(32, 'must be at most 32 characters').optional(),
});

export function loadSettings(env: NodeJS.ProcessEnv): ServicesSettings {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => describeIssue(issue, present)));
  }

  const e = parsed.data;
  return Object.freeze({
    host: e.SERVICES_HOST ?? DEFAULTS.host,
    ports: Object.freeze({
      market: e.MARKET_PORT ?? DEFAULTS.ports.market,
      trading: e.TRADING_PORT ?? DEFAULTS.ports.trading,
      risk: e.RISK_PORT ?? DEFAULTS.ports.risk,
      compliance: e.COMPLIANCE_PORT ?? DEFAULTS.ports.compliance,
      accounts: e.ACCOUNTS_PORT ?? DEFAULTS.ports.accounts,
    }),
    dataDir: e.SERVICES_DATA_DIR ?? DEFAULTS.dataDir,
    priceDataDir: e.PRICE_DATA_DIR ?? null,
    priceSimulationSeed: e.PRICE_SIMULATION_SEED ?? DEFAULTS.priceSimulationSeed,
    tickIntervalMs: e.MARKET_TICK_INTERVAL_MS ?? 0,
    gatewayJwksUrl: e.GATEWAY_JWKS_URL ?? DEFAULTS.gatewayJwksUrl,
    gatewayIssuer: e.GATEWAY_ISSUER ?? DEFAULTS.gatewayIssuer,
    marketClockStart: e.MARKET_CLOCK === undefined ? null : new Date(e.MARKET_CLOCK),
    logLevel: e.LOG_LEVEL ?? DEFAULTS.logLevel,
    riskVarWindowDays: e.RISK_VAR_WINDOW_DAYS ?? DEFAULT_VAR_WINDOW_DAYS,
    riskLimits: Object.freeze({ ...DEFAULT_RISK_LIMITS, ...definedEntries(e.RISK_LIMITS_JSON) }),
    positionLimits: Object.freeze({
      ...DEFAULT_POSITION_LIMITS,
      ...definedEntries(e.COMPLIANCE_POSITION_LIMITS_JSON),
    }),
    termsVersion: e.ACCOUNTS_TERMS_VERSION ?? DEFAULTS.termsVersion,
  });
}

function definedEntries<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const [variable, ...inner] = issue.path.map(String);
  const name = [variable, ...inner].join('.');
  const raw = variable === undefined ? undefined : env[variable];

  if (issue.code === 'unrecognized_keys') {
    return `${name} has unknown key(s) ${issue.keys.join(', ')}, got ${raw ?? ''}`;
  }
  const received = inner.length === 0 ? raw : valueAt(raw, inner);
  return `${name} ${issue.message}, got ${JSON.stringify(received)}`;
}

function valueAt(json: string | undefined, path: readonly string[]): unknown {
  try {
    let value: unknown = JSON.parse(json ?? '');
    for (const key of path) value = (value as Record<string, unknown> | null)?.[key];
    return value;
  } catch {
    return json;
  }
}
