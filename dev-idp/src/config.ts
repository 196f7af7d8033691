// Settings of the development identity provider: one zod schema, defaults,
// and two sources (programmatic options and environment variables). Every
// problem is collected and reported at once, naming the option or variable
// and the value received; the result is frozen. Invalid values stop the
// start, they never fall back to defaults.

import { z } from 'zod';

import { DevIdpError } from './errors.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

export const DEV_IDP_DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  port: 4010,
  clientId: 'qenergyz-gateway',
  clientSecret: 'dev-gateway-secret',
  redirectUris: Object.freeze(['http://localhost:8080/auth/callback/dev']),
  postLogoutRedirectUris: Object.freeze(['http://localhost:8080/']),
  logLevel: 'info',
} as const);

const PROFILES = ['development', 'staging', 'production'] as const;

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) {
    return false;
  }
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
}

/** The issuer must be an exact origin: endpoints are mounted at the root. */
function isOrigin(value: string): boolean {
  return isHttpUrl(value) && new URL(value).origin === value;
}

const redirectUri = z
  .string()
  .refine(isHttpUrl, { error: 'must be an absolute http(s) URL without a fragment' });

export const devIdpSettingsSchema = z.object({
  host: z.string().min(1, { error: 'must not be empty' }),
  port: z
    .int({ error: 'must be an integer from 0 to 65535' })
    .min(0, { error: 'must be an integer from 0 to 65535' })
    .max(65535, { error: 'must be an integer from 0 to 65535' }),
  issuer: z
    .string()
    .refine(isOrigin, {
      error: 'must be an origin such as http://127.0.0.1:4010 (no path, query or fragment)',
    })
    .optional(),
  clientId: z.string().regex(/^[\x21-\x7e]+$/, { error: 'must be printable ASCII without spaces' }),
  clientSecret: z.string().min(1, { error: 'must not be empty' }),
  redirectUris: z.array(redirectUri).min(1, { error: 'must list at least one URL' }),
  postLogoutRedirectUris: z.array(redirectUri),
  cookieKeys: z
    .array(z.string().min(16, { error: 'must be at least 16 characters' }))
    .min(1, { error: 'must hold at least one key' })
    .optional(),
  logLevel: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  profile: z.enum(PROFILES, { error: `must be one of ${PROFILES.join(', ')}` }).optional(),
});

export type DevIdpSettings = Readonly<z.infer<typeof devIdpSettingsSchema>>;

/** Settings given in code; omitted ones take the defaults. */
export interface DevIdpSettingsInput {
  host?: string | undefined;
  /** 0 lets the system pick a free port. */
  port?: number | undefined;
  /** Defaults to http://127.0.0.1:<bound port>. */
  issuer?: string | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  redirectUris?: readonly string[] | undefined;
  postLogoutRedirectUris?: readonly string[] | undefined;
  /** Cookie signing keys, newest first; random per start when absent. */
  cookieKeys?: readonly string[] | undefined;
  logLevel?: LogLevel | undefined;
  /** GATEWAY_PROFILE: development, staging or production. */
  profile?: string | undefined;
}
type SettingKey = keyof DevIdpSettings;

export const ENV_VARIABLES: Readonly<Record<SettingKey, string>> = Object.freeze({
  host: 'DEV_IDP_HOST',
  port: 'DEV_IDP_PORT',
  issuer: 'DEV_IDP_ISSUER',
  clientId: 'DEV_IDP_CLIENT_ID',
  clientSecret: 'DEV_IDP_CLIENT_SECRET',
  redirectUris: 'DEV_IDP_REDIRECT_URIS',
  postLogoutRedirectUris: 'DEV_IDP_POST_LOGOUT_REDIRECT_URIS',
  cookieKeys: 'DEV_IDP_COOKIE_KEYS',
  logLevel: 'LOG_LEVEL',
  profile: 'GATEWAY_PROFILE',
});

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(issue: z.core.$ZodIssue, input: unknown, label: (key: SettingKey) => string) {
  const [key, index] = issue.path;
  const name = label(key as SettingKey);
  const entry = typeof index === 'number' ? ` entry ${index + 1}` : '';
  const received = JSON.stringify(valueAt(input, issue.path)) ?? 'nothing';
  return `${name}${entry} ${issue.message}, got ${received}`;
}

function validate(input: unknown, label: (key: SettingKey) => string): DevIdpSettings {
  const result = devIdpSettingsSchema.safeParse(input);
  if (result.success) {
    return Object.freeze(result.data);
  }

  const problems = result.error.issues.map((issue) => describe(issue, input, label));
  throw new DevIdpError(
    'DEV_IDP_ERR_CONFIG',
    `invalid dev-idp configuration:\n- ${problems.join('\n- ')}`,
    { problems },
  );
}

/** Options given in code, with defaults applied; problems name the option. */
export function resolveDevIdpSettings(options: DevIdpSettingsInput = {}): DevIdpSettings {
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return validate({ ...DEV_IDP_DEFAULTS, ...defined }, (key) => key);
}

/** Comma-separated values; an empty variable is an empty list. */
function list(raw: string): string[] {
  return raw.trim() === '' ? [] : raw.split(',').map((item) => item.trim());
}

/** A whole number when the text is one, otherwise the text, so the schema reports it. */
function integer(raw: string): number | string {
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** Settings from environment variables; problems name the variable. */
export function readDevIdpEnv(env: NodeJS.ProcessEnv = process.env): DevIdpSettings {
  const pick = <T>(key: SettingKey, parse: (raw: string) => T): T | undefined => {
    const raw = env[ENV_VARIABLES[key]];
    return raw === undefined ? undefined : parse(raw);
  };
  const text = (raw: string) => raw;

  const input = {
    ...DEV_IDP_DEFAULTS,
    ...Object.fromEntries(
      Object.entries({
        host: pick('host', text),
        port: pick('port', integer),
        issuer: pick('issuer', text),
        clientId: pick('clientId', text),
        clientSecret: pick('clientSecret', text),
        redirectUris: pick('redirectUris', list),
        postLogoutRedirectUris: pick('postLogoutRedirectUris', list),
        cookieKeys: pick('cookieKeys', list),
        logLevel: pick('logLevel', text),
        profile: pick('profile', text),
      }).filter(([, value]) => value !== undefined),
    ),
  };

  return validate(input, (key) => ENV_VARIABLES[key]);
}
