// Turns oidc-provider's events into log lines. Only error names, descriptions
// and identifiers are logged; tokens, codes and secrets never reach a line.

import type { KoaContextWithOIDC, Provider } from 'oidc-provider';

import type { DevIdpLogger } from './logger.js';

interface ProtocolError {
  error?: unknown;
  error_description?: unknown;
  error_detail?: unknown;
}

/** Endpoints whose rejected requests are worth a warning. */
const ERROR_EVENTS = [
  'authorization.error',
  'backchannel.error',
  'end_session.error',
  'grant.error',
  'introspection.error',
  'pushed_authorization_request.error',
  'registration_create.error',
  'revocation.error',
  'userinfo.error',
] as const;

function describe(error: ProtocolError) {
  return {
    error: error.error,
    error_description: error.error_description,
    error_detail: error.error_detail,
  };
}

function clientOf(ctx: KoaContextWithOIDC): string | undefined {
  return ctx.oidc?.client?.clientId;
}

export function logProviderEvents(provider: Provider, logger: DevIdpLogger): void {
  for (const event of ERROR_EVENTS) {
    provider.on(event, (ctx: KoaContextWithOIDC, error: ProtocolError) => {
      logger.warn({ event, clientId: clientOf(ctx), ...describe(error) }, 'request rejected');
    });
  }

  provider.on('server_error', (ctx: KoaContextWithOIDC, error: Error) => {
    logger.error({ event: 'server_error', path: ctx.path, err: error }, 'provider error');
  });

  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    const grantType = (ctx.oidc.params as { grant_type?: unknown } | undefined)?.grant_type;
    logger.info({ event: 'grant.success', clientId: clientOf(ctx), grantType }, 'tokens issued');
  });

  provider.on('end_session.success', (ctx: KoaContextWithOIDC) => {
    logger.info({ event: 'end_session.success', clientId: clientOf(ctx) }, 'signed out');
  });
}
