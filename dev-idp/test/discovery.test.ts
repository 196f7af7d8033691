// The discovery document (OpenID Connect Discovery 1.0): the facts the
// gateway relies on when it configures itself from the issuer.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningDevIdp } from '../src/index.js';
import { startTestIdp } from './support/test-idp.js';

describe('discovery document', () => {
  let idp: RunningDevIdp;
  let discovery: Record<string, unknown>;

  beforeAll(async () => {
    idp = await startTestIdp();
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    discovery = (await response.json()) as Record<string, unknown>;
  });

  afterAll(async () => {
    await idp.close();
  });

  it('names the issuer and the endpoints under it', () => {
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      userinfo_endpoint: `${idp.issuer}/me`,
      jwks_uri: `${idp.issuer}/jwks`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      revocation_endpoint: `${idp.issuer}/token/revocation`,
    });
  });

  it('offers only the code flow, with S256 PKCE and the iss response parameter', () => {
    expect(discovery.response_types_supported).toEqual(['code']);
    expect(discovery.grant_types_supported).toEqual(['authorization_code', 'refresh_token']);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.authorization_response_iss_parameter_supported).toBe(true);
  });

  it('lists the scopes and claims, including the qenergyz scope', () => {
    expect(discovery.scopes_supported).toEqual([
      'openid',
      'offline_access',
      'email',
      'profile',
      'qenergyz',
    ]);
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'email', 'email_verified', 'name', 'roles', 'tier']),
    );
  });

  it('accepts the client secret in the Basic header or the body, and signs with RS256', () => {
    expect(discovery.token_endpoint_auth_methods_supported).toEqual([
      'client_secret_basic',
      'client_secret_post',
    ]);
    expect(discovery.id_token_signing_alg_values_supported).toEqual(['RS256']);
  });

  it('publishes one RS256 signing key without its private part', async () => {
    const response = await fetch(`${idp.issuer}/jwks`);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };

    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
    });
    expect(keys[0]).not.toHaveProperty('d');
  });
});
