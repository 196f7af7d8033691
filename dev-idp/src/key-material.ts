// Key material generated for each start: the RSA key that signs ID tokens and
// the keys that sign the provider's cookies. Nothing is written to disk, so a
// restart invalidates sessions and rotates the signing key; relying parties
// pick the new key up from jwks_uri when they meet an unknown `kid`.

import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

import type { JWK, JWKS } from 'oidc-provider';

/** A fresh RS256 signing key as a private JWK set, with a thumbprint-like `kid`. */
export function generateSigningKeys(): JWKS {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = createHash('sha256')
    .update(`${jwk.e ?? ''}.${jwk.n ?? ''}`)
    .digest('base64url')
    .slice(0, 16);

  return { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' } as JWK] };
}

/** One random 256-bit cookie signing key. */
export function generateCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url')];
}
