// Starts a provider on a free loopback port for a test file, and builds the
// openid-client configuration a relying party would use against it.

import * as client from 'openid-client';

import {
  silentLogger,
  startDevIdp,
  type DevIdpOptions,
  type RunningDevIdp,
} from '../../src/index.js';

export const CLIENT_ID = 'qenergyz-gateway';
export const CLIENT_SECRET = 'test-gateway-secret';
/** The relying party never listens: flows stop at the redirect to this URI. */
export const REDIRECT_URI = 'http://127.0.0.1:9/auth/callback/dev';
export const POST_LOGOUT_REDIRECT_URI = 'http://127.0.0.1:9/signed-out';
export const SCOPE = 'openid email profile qenergyz';

export function startTestIdp(overrides: DevIdpOptions = {}): Promise<RunningDevIdp> {
  return startDevIdp({
    host: '127.0.0.1',
    port: 0,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUris: [REDIRECT_URI],
    postLogoutRedirectUris: [POST_LOGOUT_REDIRECT_URI],
    profile: 'development',
    nodeEnv: 'test',
    logger: silentLogger,
    ...overrides,
  });
}

export function relyingParty(
  idp: RunningDevIdp,
  authentication: client.ClientAuth = client.ClientSecretBasic(CLIENT_SECRET),
): Promise<client.Configuration> {
  return client.discovery(new URL(idp.issuer), CLIENT_ID, undefined, authentication, {
    execute: [client.allowInsecureRequests],
  });
}
