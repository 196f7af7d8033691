// Verifies the short-lived identity assertion the gateway signs for every
// upstream call (ES256, audience = this service). Provider tokens never reach
// the services; this assertion is the only proof of who the caller is.

import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import {
  JURISDICTION_CODES,
  ROLES,
  TIERS,
  type JurisdictionCode,
  type Role,
  type ServiceName,
  type Tier,
} from './vocabulary.js';

// The gateway signs assertions for 60 s; the tolerance absorbs clock skew
// between the gateway and the services.
const CLOCK_TOLERANCE_S = 5;

const claimsSchema = z.object({
  sub: z.string().min(1).max(256),
  email: z.string().max(320),
  name: z.string().max(1000),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  tier: z.enum(TIERS),
  jurisdiction: z.enum(JURISDICTION_CODES).nullable(),
  sid: z.string().min(1).max(256),
  jti: z.string().min(1).max(256),
});

export interface Identity {
  userId: string;
  email: string;
  name: string;
  roles: readonly Role[];
  tier: Tier;
  jurisdiction: JurisdictionCode | null;
  sessionId: string;
  assertionId: string;
}

export interface IdentityOptions {
  /** Where the gateway's public keys come from: a remote or local JWKS. */
  keySet: JWTVerifyGetKey;
  issuer: string;
}

export type AssertionVerifier = (token: string) => Promise<Identity>;

/** Why an assertion was refused; `keys_unavailable` is our failure, not the caller's. */
export class AssertionError extends Error {
  readonly reason: 'invalid' | 'keys_unavailable';

  constructor(reason: 'invalid' | 'keys_unavailable', message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'AssertionError';
    this.reason = reason;
  }
}

export function createAssertionVerifier(
  options: IdentityOptions,
  audience: ServiceName,
): AssertionVerifier {
  return async (token) => {
    const payload = await verifySignature(token, options, audience);

    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const claim = issue?.path.join('.') || 'payload';
      throw new AssertionError('invalid', `assertion claim ${claim} is invalid`);
    }

    const claims = parsed.data;
    return {
      userId: claims.sub,
      email: claims.email,
      name: claims.name,
      roles: claims.roles,
      tier: claims.tier,
      jurisdiction: claims.jurisdiction,
      sessionId: claims.sid,
      assertionId: claims.jti,
    };
  };
}

const MAX_TOKEN_AGE = '90s';

async function verifySignature(token: string, options: IdentityOptions, audience: ServiceName) {
  try {
    const { payload } = await jwtVerify(token, options.keySet, {
      algorithms: ['ES256'],
      issuer: options.issuer,
      audience,
      clockTolerance: CLOCK_TOLERANCE_S,
      // Assertions live 60 s: one issued longer ago, or in the future, is
      // refused whatever its `exp` says.
      maxTokenAge: MAX_TOKEN_AGE,
      typ: 'JWT',
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
    });
    return payload;
  } catch (error) {
    throw classify(error);
  }
}

function classify(error: unknown): AssertionError {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new AssertionError('keys_unavailable', 'gateway key set unavailable', error);
  }
  if (error instanceof errors.JOSEError) {
    return new AssertionError('invalid', describeJoseError(error), error);
  }
  // jose surfaces network failures of the remote key set as plain errors.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'AbortError')) {
    return new AssertionError('keys_unavailable', 'gateway key set unavailable', error);
  }
  return new AssertionError('invalid', 'assertion could not be verified', error);
}

function describeJoseError(error: InstanceType<typeof errors.JOSEError>): string {
  switch (error.code) {
    case 'ERR_JWT_EXPIRED':
      return 'assertion has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `assertion claim ${(error as InstanceType<typeof errors.JWTClaimValidationFailed>).claim} is invalid`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'assertion algorithm is not ES256';
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'assertion signature is not from the gateway';
    default:
      return 'assertion is malformed';
  }
}
