/**
 * Onboarding: the terms version and jurisdictions to choose from, and the
 * submission. On success the session's user is replaced by what the
 * accounts service now holds, so the next trade sees the jurisdiction.
 */
import type { FastifyInstance } from 'fastify';

import type { GatewayContext } from '../auth/gateway-context.js';
import { toSessionUser } from '../auth/user-profile.js';
import { sessionOf } from './route-guards.js';
import { callsFor } from './user-calls.js';

const onboardingSchema = {
  body: {
    type: 'object',
    properties: {
      company: { type: 'string', minLength: 1, maxLength: 200 },
      jurisdiction: { type: 'string', enum: ['ME', 'US', 'UK', 'EU', 'GY'] },
      termsVersion: { type: 'string', minLength: 1, maxLength: 32 },
    },
    required: ['company', 'jurisdiction', 'termsVersion'],
    additionalProperties: false,
  },
} as const;

type AccountsUser = Parameters<typeof toSessionUser>[0];

export function registerOnboardingRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/api/onboarding', async (request) => {
    const terms = await callsFor(ctx, request).get<Record<string, unknown>>(
      'accounts',
      '/onboarding',
    );
    return { ...terms, onboarded: sessionOf(request).user.onboarded };
  });

  app.post('/api/onboarding', { schema: onboardingSchema }, async (request) => {
    const session = sessionOf(request);
    const { user } = await callsFor(ctx, request).post<{ user: AccountsUser }>(
      'accounts',
      '/onboarding',
      request.body,
    );
    const updated = await ctx.sessions.updateUser(session, toSessionUser(user));
    request.log.info(
      { userId: updated.user.id, jurisdiction: updated.user.jurisdiction },
      'onboarded',
    );
    return { user: updated.user };
  });
}
