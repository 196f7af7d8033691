// Refuses to run the development identity provider in production. It signs
// anyone in with a published password, so the check runs before anything else
// is read or bound, both in the process entry and in `startDevIdp`.

import { DevIdpError } from './errors.js';

export interface DeploymentEnvironment {
  /** The platform profile (GATEWAY_PROFILE): development, staging or production. */
  profile?: string | undefined;
  /** NODE_ENV of the process; production here is refused as well. */
  nodeEnv?: string | undefined;
}

export const PRODUCTION_PROFILE_MESSAGE =
  'the development identity provider must not run when GATEWAY_PROFILE is production';

export const PRODUCTION_NODE_ENV_MESSAGE =
  'the development identity provider must not run when NODE_ENV is production';

function isProduction(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'production';
}

/**
 * Throws a DevIdpError with code DEV_IDP_ERR_PRODUCTION when either setting is
 * production. Case and surrounding blanks are ignored so that `Production` or
 * `production ` cannot slip past.
 */
export function assertNotProduction(environment: DeploymentEnvironment): void {
  if (isProduction(environment.profile)) {
    throw new DevIdpError('DEV_IDP_ERR_PRODUCTION', PRODUCTION_PROFILE_MESSAGE);
  }

  if (isProduction(environment.nodeEnv)) {
    throw new DevIdpError('DEV_IDP_ERR_PRODUCTION', PRODUCTION_NODE_ENV_MESSAGE);
  }
}

/** The deployment environment of the current process. */
export function processEnvironment(env: NodeJS.ProcessEnv = process.env): DeploymentEnvironment {
  return { profile: env.GATEWAY_PROFILE, nodeEnv: env.NODE_ENV };
}
