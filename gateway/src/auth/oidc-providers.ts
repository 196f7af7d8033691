/**
 * The configured OpenID Connect providers. Discovery runs on first use and
 * is cached; a failed discovery is not cached, so a provider that was down
 * at start works as soon as it is back. Each provider has exactly one
 * redirect URI, derived from the gateway's public URL.
 */
import * as oidc from 'openid-client';

import type { ProviderConfig } from '../config/schema.js';
import { GatewayError } from '../errors/gateway-error.js';

export interface ProviderSummary {
  readonly id: string;
  readonly name: string;
}

export class OidcProviders {
  readonly #configs: Readonly<Record<string, ProviderConfig>>;
  readonly #publicUrl: string;
  readonly #discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(configs: Readonly<Record<string, ProviderConfig>>, publicUrl: string) {
    this.#configs = configs;
    this.#publicUrl = publicUrl.replace(/\/$/, '');
  }

  list(): ProviderSummary[] {
    return Object.entries(this.#configs).map(([id, config]) => ({ id, name: config.name }));
  }

  get(id: string): ProviderConfig {
    const config = Object.hasOwn(this.#configs, id) ? this.#configs[id] : undefined;
    if (!config) throw new GatewayError('provider_unknown', `no identity provider "${id}"`);
    return config;
  }

  redirectUri(id: string): string {
    return `${this.#publicUrl}/auth/callback/${id}`;
  }

  async configuration(id: string): Promise<oidc.Configuration> {
    const config = this.get(id);
    let pending = this.#discovered.get(id);
    if (!pending) {
      pending = discover(config);
      this.#discovered.set(id, pending);
      pending.catch(() => this.#discovered.delete(id));
    }
    try {
      return await pending;
    } catch (cause) {
      throw new GatewayError(
        'provider_unavailable',
        `the identity provider "${id}" is unavailable`,
        {
          cause,
        },
      );
    }
  }
}

async function discover(config: ProviderConfig): Promise<oidc.Configuration> {
  const issuer = new URL(config.issuer);
  // Plain-HTTP issuers are allowed outside production only (see production-rules).
  const insecure = issuer.protocol === 'http:';
  return oidc.discovery(
    issuer,
    config.clientId,
    { client_secret: config.clientSecret },
    oidc.ClientSecretBasic(config.clientSecret),
    { ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}), timeout: 5 },
  );
}
