// The error catalogue of the development identity provider. Every failure the
// package reports to its caller carries one of these codes, so callers (the
// process entry, the stack launcher, tests) branch on `code`, never on text.

export const DEV_IDP_ERROR_CODES = {
  /** GATEWAY_PROFILE or NODE_ENV says production: a fixture-user IdP must not run there. */
  DEV_IDP_ERR_PRODUCTION: 'refused to start in production',
  /** One or more settings are invalid; `problems` lists every one of them. */
  DEV_IDP_ERR_CONFIG: 'invalid configuration',
  /** The server could not bind its address, typically because the port is taken. */
  DEV_IDP_ERR_LISTEN: 'cannot listen',
} as const;

export type DevIdpErrorCode = keyof typeof DEV_IDP_ERROR_CODES;

export interface DevIdpErrorOptions {
  /** Individual problems, each naming the setting and the value received. */
  problems?: readonly string[];
  cause?: unknown;
}

export class DevIdpError extends Error {
  override readonly name = 'DevIdpError';
  readonly code: DevIdpErrorCode;
  readonly problems: readonly string[];

  constructor(code: DevIdpErrorCode, message: string, options: DevIdpErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = Object.freeze([...(options.problems ?? [])]);
  }
}

export function isDevIdpError(value: unknown): value is DevIdpError {
  return value instanceof DevIdpError;
}
