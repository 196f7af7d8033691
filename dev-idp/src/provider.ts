// The oidc-provider configuration of the development identity provider: one
// confidential client (the gateway), the fixture accounts, the Qenergyz
// scope, short token lifetimes, PKCE with S256 only, and this package's own
// pages in place of oidc-provider's development interactions.

import Provider, { type Configuration } from 'oidc-provider';

import { loadFirstPartyGrant } from './first-party-grant.js';
import { claimsOf, findUserBySub } from './fixture-users.js';
import { generateCookieKeys, generateSigningKeys } from './key-material.js';
import type { DevIdpLogger } from './logger.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { logoutSource, postLogoutSuccessSource, renderError } from './message-pages.js';
import { logProviderEvents } from './provider-logging.js';

export interface DevIdpProviderOptions {
  /** Exact origin the provider names itself with, e.g. http://127.0.0.1:4010. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUris: readonly string[];
  postLogoutRedirectUris: readonly string[];
  /** Cookie signing keys, newest first; random per start when absent. */
  cookieKeys?: readonly string[] | undefined;
  logger: DevIdpLogger;
}

const MINUTE_S = 60;
const DAY_S = 24 * 60 * MINUTE_S;

export const SCOPES = ['openid', 'offline_access', 'email', 'profile', 'qenergyz'] as const;

/** Claims released per scope; `qenergyz` carries the platform authorisation data. */
export const SCOPE_CLAIMS = {
  email: ['email', 'email_verified'],
  profile: ['name'],
  qenergyz: ['roles', 'tier'],
};

export const TOKEN_TTL_S = Object.freeze({
  AccessToken: 10 * MINUTE_S,
  AuthorizationCode: MINUTE_S,
  IdToken: 10 * MINUTE_S,
  RefreshToken: DAY_S,
  Session: DAY_S,
  Grant: DAY_S,
  Interaction: 10 * MINUTE_S,
});

/** Cookie names distinct from the gateway's, as cookies are shared across ports of one host. */
const COOKIE_NAMES = {
  session: 'qdevidp_session',
  interaction: 'qdevidp_interaction',
  resume: 'qdevidp_interaction_resume',
};

function configuration(options: DevIdpProviderOptions): Configuration {
  const policy = { clientId: options.clientId, scopes: new Set<string>(SCOPES) };

  return {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [...options.redirectUris],
        post_logout_redirect_uris: [...options.postLogoutRedirectUris],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // client_secret_post is accepted as well: oidc-provider treats the two
        // secret methods as one for a client registered with either.
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    scopes: [...SCOPES],
    claims: SCOPE_CLAIMS,
    // The gateway reads the profile from the validated ID token, so the ID token
    // carries every claim the granted scopes release (OpenID Connect Core 5.4).
    conformIdTokenClaims: false,
    pkce: { methods: ['S256'], required: () => true },
    // The gateway is a confidential first-party client: it may refresh without
    // asking for offline_access, which would need prompt=consent on every login.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: (ctx) => loadFirstPartyGrant(ctx, policy),
    async findAccount(_ctx, sub) {
      const user = findUserBySub(sub);
      return user === undefined ? undefined : { accountId: user.sub, claims: () => claimsOf(user) };
    },
    // Browsers have no business calling the token or userinfo endpoints here.
    clientBasedCORS: () => false,
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError,
    ttl: { ...TOKEN_TTL_S },
    jwks: generateSigningKeys(),
    cookies: {
      names: COOKIE_NAMES,
      keys: [...(options.cookieKeys ?? generateCookieKeys())],
      // Lax rather than oidc-provider's None for the session cookie: browsers drop
      // SameSite=None cookies without Secure, and this provider serves plain HTTP.
      // Sign-in and sign-out are top-level navigations, which Lax cookies follow.
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
  };
}

/** An oidc-provider instance configured for the gateway client and the fixture users. */
export function createDevIdpProvider(options: DevIdpProviderOptions): Provider {
  const provider = new Provider(options.issuer, configuration(options));
  logProviderEvents(provider, options.logger);
  return provider;
}
