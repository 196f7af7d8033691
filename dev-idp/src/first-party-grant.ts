// Consent is implied for the gateway, the platform's own client: it asks only
// for the scopes it needs to sign a user in, and a consent screen between the
// login form and the application would teach users to click through prompts.
//
// Two hooks carry this. `loadExistingGrant` runs on every authorization
// request with a signed-in user and hands oidc-provider a grant that already
// covers the requested OpenID scopes and claims, so the consent prompt never
// triggers for them. A request that explicitly asks for `prompt=consent`
// (needed for offline_access, OpenID Connect Core 1.0 section 11) still opens
// a consent interaction; `grantRequestedDetails` answers it without a page.

import type { Grant, Interaction, KoaContextWithOIDC, Provider } from 'oidc-provider';

export interface FirstPartyGrantPolicy {
  /** The client whose requests are granted without asking the user. */
  clientId: string;
  /** The OpenID scopes the provider supports; others are left to resource servers. */
  scopes: ReadonlySet<string>;
}

async function findGrant(provider: Provider, grantId: string | undefined) {
  return grantId === undefined ? undefined : provider.Grant.find(grantId);
}

/** oidc-provider `loadExistingGrant` with consent implied for the first-party client. */
export async function loadFirstPartyGrant(
  ctx: KoaContextWithOIDC,
  policy: FirstPartyGrantPolicy,
): Promise<Grant | undefined> {
  const { client, session, account, provider } = ctx.oidc;
  if (client === undefined || session === undefined) {
    return undefined;
  }

  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = await findGrant(provider, grantId || undefined);
  if (client.clientId !== policy.clientId || account === undefined) {
    return existing;
  }

  // A grant left in the session by another account is never reused.
  const grant =
    existing?.accountId === account.accountId
      ? existing
      : new provider.Grant({ accountId: account.accountId, clientId: client.clientId });

  const scopes = [...ctx.oidc.requestParamScopes].filter((scope) => policy.scopes.has(scope));
  grant.addOIDCScope(scopes.join(' '));
  grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  await grant.save();

  return grant;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/**
 * Completes a consent interaction of the first-party client by granting what
 * the prompt reports as missing. Returns the id of the saved grant.
 */
export async function grantRequestedDetails(
  provider: Provider,
  interaction: Interaction,
): Promise<string> {
  const { details } = interaction.prompt;
  const accountId = interaction.session?.accountId;
  const clientId = String(interaction.params.client_id);

  const existing = await findGrant(provider, interaction.grantId);
  const grant = existing ?? new provider.Grant({ accountId, clientId });

  const missingScopes = stringList(details.missingOIDCScope);
  if (missingScopes.length > 0) {
    grant.addOIDCScope(missingScopes.join(' '));
  }

  const missingClaims = stringList(details.missingOIDCClaims);
  if (missingClaims.length > 0) {
    grant.addOIDCClaims(missingClaims);
  }

  const missingResources = details.missingResourceScopes;
  if (missingResources !== null && typeof missingResources === 'object') {
    for (const [resource, scopes] of Object.entries(missingResources)) {
      grant.addResourceScope(resource, stringList(scopes).join(' '));
    }
  }

  return grant.save();
}
