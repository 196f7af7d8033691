/**
 * What the route modules share: configuration and the long-lived components
 * built once at start. Passed explicitly instead of hanging off globals, so a
 * test can build a gateway with its own clock and stores.
 */
import type { IdempotencyStore } from '../bff/idempotency-store.js';
import type { KeyedLock } from '../bff/keyed-lock.js';
import type { GatewayConfig } from '../config/schema.js';
import type { AssertionSigner } from '../identity/assertion-signer.js';
import type { CookiePolicy } from '../session/session-cookie.js';
import type { SessionManager } from '../session/session-manager.js';
import type { TokenCipher } from '../session/token-cipher.js';
import type { ServiceClient } from '../upstream/service-client.js';
import type { LoginTransactionStore } from './login-transactions.js';
import type { OidcProviders } from './oidc-providers.js';

export interface GatewayContext {
  readonly config: GatewayConfig;
  readonly publicOrigin: string;
  readonly cookies: CookiePolicy;
  readonly sessions: SessionManager;
  /** Seals provider tokens and other values the gateway hands out but must not expose. */
  readonly cipher: TokenCipher;
  readonly transactions: LoginTransactionStore;
  readonly providers: OidcProviders;
  readonly signer: AssertionSigner;
  readonly services: ServiceClient;
  readonly locks: KeyedLock;
  readonly idempotency: IdempotencyStore;
  readonly now: () => number;
}
