// Public surface of @qenergyz/dev-idp: start the development identity provider
// (or build its oidc-provider instance), read its settings from the
// environment, and the fixture users it signs in.

export { startDevIdp } from './server.js';
export type { DevIdpOptions, RunningDevIdp } from './server.js';

export { createDevIdpProvider, SCOPES, SCOPE_CLAIMS, TOKEN_TTL_S } from './provider.js';
export type { DevIdpProviderOptions } from './provider.js';

export { DEV_IDP_DEFAULTS, ENV_VARIABLES, readDevIdpEnv, resolveDevIdpSettings } from './config.js';
export type { DevIdpSettings, DevIdpSettingsInput } from './config.js';

export {
  FIXTURE_PASSWORD,
  FIXTURE_USERS,
  findUserByLogin,
  findUserBySub,
  verifyCredentials,
} from './fixture-users.js';
export type { FixtureRole, FixtureTier, FixtureUser } from './fixture-users.js';

export {
  assertNotProduction,
  PRODUCTION_NODE_ENV_MESSAGE,
  PRODUCTION_PROFILE_MESSAGE,
} from './production-guard.js';
export type { DeploymentEnvironment } from './production-guard.js';

export { DEV_IDP_ERROR_CODES, DevIdpError, isDevIdpError } from './errors.js';
export type { DevIdpErrorCode, DevIdpErrorOptions } from './errors.js';

export { createJsonLogger, LOG_LEVELS, silentLogger } from './logger.js';
export type { DevIdpLogger, JsonLoggerOptions, LogFields, LogLevel } from './logger.js';
