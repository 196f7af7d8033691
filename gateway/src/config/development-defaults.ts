/**
 * Defaults that exist only outside production: the local development
 * identity provider, so `npm start` signs in with no configuration at all.
 * They sit under the config file and the environment, which can change any
 * part of them (say, the issuer's port) without restating the rest.
 */
import type { RawTree } from './sources.js';

export const DEV_PROVIDER_ID = 'dev';

export function developmentDefaults(profile: unknown): RawTree {
  if (profile === 'production') return {};
  return {
    providers: {
      [DEV_PROVIDER_ID]: {
        type: 'oidc',
        name: 'Qenergyz Dev IdP',
        issuer: 'http://127.0.0.1:4010',
        clientId: 'qenergyz-gateway',
        clientSecret: 'dev-gateway-secret',
        scopes: ['openid', 'email', 'profile', 'offline_access', 'qenergyz'],
        rolesClaim: 'roles',
        tierClaim: 'tier',
      },
    },
  };
}
