// The fixed accounts of the development identity provider and the password
// check. One account per platform role, plus a second trader for the Middle
// East scenarios; every account uses the password `dev`.

import { createHash, timingSafeEqual } from 'node:crypto';

export type FixtureRole = 'trader' | 'risk_manager' | 'compliance_officer' | 'admin';
export type FixtureTier = 'free' | 'basic' | 'premium' | 'enterprise';

export interface FixtureUser {
  /** Stable subject identifier, the `sub` claim. */
  readonly sub: string;
  readonly email: string;
  readonly email_verified: true;
  readonly name: string;
  readonly roles: readonly FixtureRole[];
  readonly tier: FixtureTier;
}

export const FIXTURE_PASSWORD = 'dev';

function user(sub: string, email: string, name: string, role: FixtureRole, tier: FixtureTier) {
  return Object.freeze<FixtureUser>({
    sub,
    email,
    email_verified: true,
    name,
    roles: Object.freeze([role]),
    tier,
  });
}

export const FIXTURE_USERS: readonly FixtureUser[] = Object.freeze([
  user('u-trader', 'trader@qenergyz.test', 'Tara Trader', 'trader', 'basic'),
  user('u-trader-me', 'trader.me@qenergyz.test', 'Omar Trader', 'trader', 'basic'),
  user('u-risk', 'risk@qenergyz.test', 'Riley Risk', 'risk_manager', 'premium'),
  user(
    'u-compliance',
    'compliance@qenergyz.test',
    'Casey Compliance',
    'compliance_officer',
    'premium',
  ),
  user('u-admin', 'admin@qenergyz.test', 'Alex Admin', 'admin', 'enterprise'),
]);

const PASSWORD_DIGEST = digest(FIXTURE_PASSWORD);

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** The user whose email matches `login`, ignoring case and surrounding blanks. */
export function findUserByLogin(login: string): FixtureUser | undefined {
  const wanted = normaliseLogin(login);
  return FIXTURE_USERS.find((candidate) => candidate.email === wanted);
}

export function findUserBySub(sub: string): FixtureUser | undefined {
  return FIXTURE_USERS.find((candidate) => candidate.sub === sub);
}

/**
 * The user when `login` names a fixture account and `password` is right.
 * Digests of equal length are compared with timingSafeEqual, and the
 * comparison runs even for an unknown login, so neither the password nor the
 * existence of an account shows in the response time.
 */
export function verifyCredentials(login: string, password: string): FixtureUser | undefined {
  const candidate = findUserByLogin(login);
  const passwordMatches = timingSafeEqual(digest(password), PASSWORD_DIGEST);

  if (candidate === undefined || !passwordMatches) {
    return undefined;
  }

  return candidate;
}

/** The claims the provider may release for a user; scopes decide which ones are sent. */
export function claimsOf(fixture: FixtureUser): Record<string, unknown> & { sub: string } {
  return {
    sub: fixture.sub,
    email: fixture.email,
    email_verified: fixture.email_verified,
    name: fixture.name,
    roles: [...fixture.roles],
    tier: fixture.tier,
  };
}
