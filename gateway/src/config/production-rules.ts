/**
 * Settings that are acceptable on a developer's machine but not in
 * production. Each rule returns a message naming the setting; all of them are
 * reported together with the schema's own problems.
 */
import type { GatewayConfig } from './schema.js';

const DEFAULT_SECRETS = new Set(['dev-gateway-secret', 'changeme', 'secret']);

function isLoopbackUrl(value: string): boolean {
  const host = new URL(value).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

export function productionProblems(config: GatewayConfig): string[] {
  if (config.profile !== 'production') return [];
  const problems: string[] = [];

  if (!config.server.publicUrl.startsWith('https://')) {
    problems.push(
      `server.publicUrl must be https in production (cookies would not be Secure), got "${config.server.publicUrl}"`,
    );
  }
  if (Object.keys(config.providers).length === 0) {
    problems.push('providers must name at least one identity provider, or nobody can sign in');
  }
  if (config.session.encryptionKeys.length === 0) {
    problems.push('session.encryptionKeys must be set in production');
  }
  if (!config.identity.signingKeyFile) {
    problems.push('identity.signingKeyFile must be set in production (instances share the key)');
  }

  for (const [id, provider] of Object.entries(config.providers)) {
    if (id === 'dev' || isLoopbackUrl(provider.issuer)) {
      problems.push(
        `providers.${id}: the development identity provider is not allowed in production, got issuer "${provider.issuer}"`,
      );
    }
    if (DEFAULT_SECRETS.has(provider.clientSecret)) {
      problems.push(`providers.${id}.clientSecret is a default secret; set the real one`);
    }
  }
  return problems;
}
