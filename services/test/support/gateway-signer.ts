// Plays the gateway in tests: a fresh ES256 key pair, its JWKS, and assertions
// signed exactly as the gateway signs them, with any claim overridable.

import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';

export const ISSUER = 'qenergyz-gateway';

export interface AssertionClaims {
  sub: string;
  email: string;
  name: string;
  roles: string[];
  tier: string;
  jurisdiction: string | null;
  sid: string;
  [claim: string]: unknown;
}

export interface GatewaySigner {
  jwks: JSONWebKeySet;
  keySet: JWTVerifyGetKey;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  identity: { keySet: JWTVerifyGetKey; issuer: string };
  sign(audience: string, claims?: Partial<AssertionClaims>, options?: SignOptions): Promise<string>;
  bearer(audience: string, claims?: Partial<AssertionClaims>): Promise<{ authorization: string }>;
}

export interface SignOptions {
  issuedAt?: number;
  lifetimeSeconds?: number;
  issuer?: string;
  key?: CryptoKey;
  kid?: string;
}

export const DEFAULT_CLAIMS: AssertionClaims = {
  sub: 'user-1',
  email: 'ada@example.com',
  name: 'Ada Trader',
  roles: ['trader'],
  tier: 'basic',
  jurisdiction: 'UK',
  sid: 'session-1',
};

export async function createGatewaySigner(): Promise<GatewaySigner> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'gateway-key-1', alg: 'ES256', use: 'sig' };
  const jwks = { keys: [jwk] };
  const keySet = createLocalJWKSet(jwks);

  const sign: GatewaySigner['sign'] = async (audience, claims = {}, options = {}) => {
    const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
    return new SignJWT({ ...DEFAULT_CLAIMS, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? 'gateway-key-1', typ: 'JWT' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + (options.lifetimeSeconds ?? 60))
      .setJti(randomUUID())
      .sign(options.key ?? privateKey);
  };

  return {
    jwks,
    keySet,
    privateKey,
    publicKey,
    identity: { keySet, issuer: ISSUER },
    sign,
    bearer: async (audience, claims) => ({
      authorization: `Bearer ${await sign(audience, claims)}`,
    }),
  };
}
