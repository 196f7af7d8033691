/**
 * Signs the identity assertion attached to every upstream call: a 60-second
 * ES256 JWT whose audience is the one service it is for, so a token captured
 * at one service cannot be replayed at another. Services verify it against
 * `/.well-known/jwks.json`. The private key comes from a JWK file (shared by
 * every instance) or is generated per process for development.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';

import type { Jurisdiction, Role, Tier } from '../session/session-store.js';

export interface AssertionSubject {
  readonly sub: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly tier: Tier;
  readonly jurisdiction: Jurisdiction | null;
  /** A non-secret identifier of the session (not the cookie value). */
  readonly sid: string;
}

export interface AssertionSignerOptions {
  readonly issuer: string;
  readonly ttlSeconds: number;
  readonly signingKeyFile?: string;
}

export class AssertionSigner {
  readonly #privateKey: CryptoKey;
  readonly #publicJwk: JWK;
  readonly #options: AssertionSignerOptions;

  private constructor(privateKey: CryptoKey, publicJwk: JWK, options: AssertionSignerOptions) {
    this.#privateKey = privateKey;
    this.#publicJwk = publicJwk;
    this.#options = options;
  }

  static async create(options: AssertionSignerOptions): Promise<AssertionSigner> {
    const { privateKey, publicJwk } = options.signingKeyFile
      ? await loadKey(options.signingKeyFile)
      : await generateKey();
    const kid = publicJwk.kid ?? (await calculateJwkThumbprint(publicJwk));
    return new AssertionSigner(
      privateKey,
      { ...publicJwk, kid, alg: 'ES256', use: 'sig' },
      options,
    );
  }

  get kid(): string {
    return this.#publicJwk.kid as string;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.#publicJwk] };
  }

  async sign(subject: AssertionSubject, audience: string): Promise<string> {
    return new SignJWT({
      email: subject.email,
      name: subject.name,
      roles: [...subject.roles],
      tier: subject.tier,
      jurisdiction: subject.jurisdiction,
      sid: subject.sid,
    })
      .setProtectedHeader({ alg: 'ES256', kid: this.kid, typ: 'JWT' })
      .setIssuer(this.#options.issuer)
      .setSubject(subject.sub)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${this.#options.ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(this.#privateKey);
  }
}

async function generateKey(): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  const pair = await generateKeyPair('ES256', { extractable: true });
  return { privateKey: pair.privateKey, publicJwk: await exportJWK(pair.publicKey) };
}

async function loadKey(file: string): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  const jwk = JSON.parse(await readFile(file, 'utf8')) as JWK;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) {
    throw new Error(`identity.signingKeyFile ${file} must hold a private P-256 JWK`);
  }
  const privateKey = (await importJWK(jwk, 'ES256')) as CryptoKey;
  const publicJwk: JWK = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: jwk.kid };
  return { privateKey, publicJwk };
}
