/**
 * Turns a provider's verified ID-token claims into the gateway's user. The
 * accounts service is the source of truth for roles, tier and onboarding;
 * on a first login it records the roles and tier the provider asserted (only
 * for providers configured to be trusted with them), later logins keep what
 * accounts holds.
 */
import type { ProviderConfig } from '../config/schema.js';
import { GatewayError } from '../errors/gateway-error.js';
import type { SessionUser } from '../session/session-store.js';
import type { ServiceClient } from '../upstream/service-client.js';
import { subjectOf } from '../identity/subject.js';

const ROLES = new Set(['trader', 'risk_manager', 'compliance_officer', 'admin']);
const TIERS = new Set(['free', 'basic', 'premium', 'enterprise']);

interface AccountsUser {
  id: string;
  email: string;
  name: string;
  roles: SessionUser['roles'];
  tier: SessionUser['tier'];
  jurisdiction: SessionUser['jurisdiction'];
  company: string | null;
  onboarded: boolean;
}

export type IdTokenClaims = Record<string, unknown> & { sub: string };

function claimedRoles(claims: IdTokenClaims, provider: ProviderConfig): string[] | undefined {
  if (!provider.rolesClaim) return undefined;
  const value = claims[provider.rolesClaim];
  if (!Array.isArray(value)) return undefined;
  const roles = value.filter((role): role is string => typeof role === 'string' && ROLES.has(role));
  return roles.length > 0 ? roles : undefined;
}

function claimedTier(claims: IdTokenClaims, provider: ProviderConfig): string | undefined {
  if (!provider.tierClaim) return undefined;
  const value = claims[provider.tierClaim];
  return typeof value === 'string' && TIERS.has(value) ? value : undefined;
}

export function toSessionUser(user: AccountsUser): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    tier: user.tier,
    jurisdiction: user.jurisdiction,
    company: user.company,
    onboarded: user.onboarded,
  };
}

export async function syncUser(input: {
  services: ServiceClient;
  providerId: string;
  provider: ProviderConfig;
  claims: IdTokenClaims;
  sessionKey: string;
  requestId: string;
}): Promise<SessionUser> {
  const { claims, provider } = input;
  const email = typeof claims['email'] === 'string' ? claims['email'] : undefined;
  if (!email) {
    throw new GatewayError('login_failed', 'the identity provider did not share an email address');
  }
  const name = typeof claims['name'] === 'string' && claims['name'] ? claims['name'] : email;

  const provisional: SessionUser = {
    id: `${input.providerId}:${claims.sub}`,
    email,
    name,
    roles: [],
    tier: 'free',
    jurisdiction: null,
    company: null,
    onboarded: false,
  };
  const { user } = await input.services.json<{ user: AccountsUser }>('accounts', {
    method: 'POST',
    path: '/users/sync',
    subject: subjectOf(provisional, input.sessionKey),
    requestId: input.requestId,
    body: {
      email,
      name,
      provider: input.providerId,
      roles: claimedRoles(claims, provider),
      tier: claimedTier(claims, provider),
    },
  });
  return toSessionUser(user);
}
