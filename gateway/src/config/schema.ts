/**
 * The gateway's settings: one zod schema, defaults included, units in the
 * names. `loadConfig` layers a config file and the environment over these
 * defaults and validates the result once, at start.
 */
import { z } from 'zod';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const serviceName = z.enum(['market', 'trading', 'risk', 'compliance', 'accounts']);
export type ServiceName = z.infer<typeof serviceName>;
export const SERVICE_NAMES = serviceName.options;

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), 'must be an http or https URL');

const providerSchema = z
  .object({
    type: z.literal('oidc').default('oidc'),
    name: z.string().min(1),
    issuer: httpUrl,
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
    /** ID-token claim holding the user's roles on first login, when trusted. */
    rolesClaim: z.string().optional(),
    /** ID-token claim holding the user's tier on first login, when trusted. */
    tierClaim: z.string().optional(),
  })
  .strict();
export type ProviderConfig = z.infer<typeof providerSchema>;

const serviceEndpoint = z.object({ url: httpUrl }).strict();

export const configSchema = z
  .object({
    profile: z.enum(['development', 'staging', 'production']).default('development'),

    server: z
      .object({
        host: z.string().min(1).default('localhost'),
        port: z.coerce.number().int().min(0).max(65_535).default(8080),
        /** The origin browsers use; cookies, redirects and returnTo derive from it. */
        publicUrl: httpUrl.default('http://localhost:8080'),
        bodyLimitBytes: z.coerce
          .number()
          .int()
          .positive()
          .default(10 * 1024 * 1024),
        shutdownGraceMs: z.coerce.number().int().positive().default(10_000),
      })
      .strict()
      .prefault({}),

    log: z
      .object({
        level: z
          .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
          .default('info'),
      })
      .strict()
      .prefault({}),

    session: z
      .object({
        cookieName: z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/)
          .default('qgw_session'),
        idleTimeoutMs: z.coerce
          .number()
          .int()
          .positive()
          .default(30 * MINUTE_MS),
        absoluteTimeoutMs: z.coerce
          .number()
          .int()
          .positive()
          .default(12 * HOUR_MS),
        /**
         * Base64 AES-256 keys for provider tokens at rest, newest first. Empty
         * means a random key per process (development only).
         */
        encryptionKeys: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),

    login: z
      .object({
        transactionTtlMs: z.coerce
          .number()
          .int()
          .positive()
          .default(10 * MINUTE_MS),
        /** Login attempts pending at once; beyond this new ones are refused (429). */
        maxPending: z.coerce.number().int().positive().default(10_000),
        /** Login attempts one client address may have pending at once. */
        maxPendingPerClient: z.coerce.number().int().positive().default(30),
      })
      .strict()
      .prefault({}),

    identity: z
      .object({
        issuer: z.string().min(1).default('qenergyz-gateway'),
        assertionTtlSeconds: z.coerce.number().int().min(5).max(300).default(60),
        /** A private ES256 JWK in a file; generated per process when absent. */
        signingKeyFile: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),

    /** Development profiles also get the local provider `dev` (development-defaults.ts). */
    providers: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), providerSchema).default({}),

    services: z
      .object({
        timeoutMs: z.coerce.number().int().positive().default(5_000),
        market: serviceEndpoint.default({ url: 'http://127.0.0.1:4101' }),
        trading: serviceEndpoint.default({ url: 'http://127.0.0.1:4102' }),
        risk: serviceEndpoint.default({ url: 'http://127.0.0.1:4103' }),
        compliance: serviceEndpoint.default({ url: 'http://127.0.0.1:4104' }),
        accounts: serviceEndpoint.default({ url: 'http://127.0.0.1:4105' }),
      })
      .strict()
      .prefault({}),

    web: z
      .object({
        /** Built single-page app; empty string disables serving it. */
        distDir: z.string().optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type GatewayConfig = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
