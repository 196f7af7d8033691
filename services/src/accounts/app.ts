// The accounts service: the source of truth for user profiles, roles, tiers
// and onboarding. The gateway syncs a profile at each login and reads roles
// and tier back from here, never from the identity provider.

import type { FastifyInstance } from 'fastify';
import { identityOf } from '../http/authorization.js';
import { createServiceApp, type ServiceAppOptions } from '../http/create-service-app.js';
import { ProblemError } from '../http/problem.js';
import { noQuerySchema } from '../http/query-schemas.js';
import {
  JURISDICTION_CODES,
  JURISDICTION_NAMES,
  ROLES,
  TIERS,
  type JurisdictionCode,
  type Role,
  type Tier,
} from '../identity/vocabulary.js';
import type { MarketClock } from '../market-data/market-clock.js';
import type { AccountStore } from '../storage/account-store.js';

export interface AccountsAppDeps extends ServiceAppOptions {
  store: AccountStore;
  termsVersion: string;
  clock: MarketClock;
}

const DEFAULT_ROLES: readonly Role[] = ['trader'];
const DEFAULT_TIER: Tier = 'free';

const syncBody = {
  type: 'object',
  required: ['email', 'name', 'provider'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', format: 'email', maxLength: 320 },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    provider: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' },
    roles: {
      type: 'array',
      minItems: 1,
      maxItems: ROLES.length,
      uniqueItems: true,
      items: { type: 'string', enum: ROLES },
    },
    tier: { type: 'string', enum: TIERS },
  },
} as const;

const onboardingBody = {
  type: 'object',
  required: ['company', 'jurisdiction', 'termsVersion'],
  additionalProperties: false,
  properties: {
    // At least one visible character; surrounding whitespace is trimmed.
    company: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    jurisdiction: { type: 'string', enum: JURISDICTION_CODES },
    termsVersion: { type: 'string', minLength: 1, maxLength: 32 },
  },
} as const;

interface SyncBody {
  email: string;
  name: string;
  provider: string;
  roles?: Role[];
  tier?: Tier;
}

interface OnboardingBody {
  company: string;
  jurisdiction: JurisdictionCode;
  termsVersion: string;
}

export function buildAccountsApp(deps: AccountsAppDeps): FastifyInstance {
  const app = createServiceApp('accounts', deps);
  const { store, termsVersion, clock } = deps;

  app.post<{ Body: SyncBody }>(
    '/users/sync',
    { schema: { body: syncBody, querystring: noQuerySchema } },
    async (request) => {
      const identity = identityOf(request);
      const user = await store.syncUser({
        id: identity.userId,
        email: request.body.email,
        name: request.body.name,
        provider: request.body.provider,
        roles: request.body.roles ?? DEFAULT_ROLES,
        tier: request.body.tier ?? DEFAULT_TIER,
        at: clock.now().toISOString(),
      });
      return { user };
    },
  );

  app.get('/users/me', { schema: { querystring: noQuerySchema } }, async (request) => {
    const identity = identityOf(request);
    const user = await store.findUser(identity.userId);
    if (user === null) {
      throw new ProblemError('user_unknown', `user ${identity.userId} has no profile yet`);
    }
    return { user };
  });

  app.get('/onboarding', { schema: { querystring: noQuerySchema } }, async () => ({
    termsVersion,
    jurisdictions: JURISDICTION_CODES.map((code) => ({ code, name: JURISDICTION_NAMES[code] })),
  }));

  app.post<{ Body: OnboardingBody }>(
    '/onboarding',
    { schema: { body: onboardingBody, querystring: noQuerySchema } },
    async (request) => {
      const identity = identityOf(request);
      const body = request.body;
      if (body.termsVersion !== termsVersion) {
        throw new ProblemError(
          'terms_version_outdated',
          `body.termsVersion ${body.termsVersion} is not the current terms version ${termsVersion}`,
        );
      }

      const result = await store.completeOnboarding(identity.userId, {
        company: body.company.trim(),
        jurisdiction: body.jurisdiction,
        termsVersion: body.termsVersion,
        at: clock.now().toISOString(),
      });
      if (result.outcome === 'unknown') {
        throw new ProblemError('user_unknown', `user ${identity.userId} has no profile yet`);
      }
      if (result.outcome === 'already_onboarded') {
        throw new ProblemError(
          'already_onboarded',
          `user ${identity.userId} finished onboarding at ${result.user.onboardedAt ?? ''}`,
        );
      }
      request.log.info({ jurisdiction: body.jurisdiction }, 'user onboarded');
      return { user: result.user };
    },
  );

  return app;
}
