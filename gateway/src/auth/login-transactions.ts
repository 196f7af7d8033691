/**
 * Login transactions: one per attempt, keyed by its `state`, holding what
 * the callback must check (PKCE verifier, nonce, expected issuer, the
 * browser binding) and where to go afterwards. Taking a transaction removes
 * it, so a callback URL works once. An interface, like the session store,
 * so several instances can share one.
 */
import { MemoryTtlMap } from '../session/memory-ttl-map.js';

export interface LoginTransaction {
  readonly provider: string;
  readonly issuer: string;
  readonly codeVerifier: string;
  readonly nonce: string;
  readonly returnTo: string;
  /** SHA-256 of the login-binding cookie value of the browser that started it. */
  readonly bindingHash: string;
  readonly createdAt: number;
}

export interface LoginTransactionStore {
  put(state: string, transaction: LoginTransaction, ttlMs: number): Promise<void>;
  take(state: string): Promise<LoginTransaction | undefined>;
  close(): Promise<void>;
}

export class MemoryLoginTransactionStore implements LoginTransactionStore {
  readonly #transactions = new MemoryTtlMap<LoginTransaction>({ sweepIntervalMs: 30_000 });

  async put(state: string, transaction: LoginTransaction, ttlMs: number): Promise<void> {
    this.#transactions.set(state, transaction, ttlMs);
  }

  async take(state: string): Promise<LoginTransaction | undefined> {
    return this.#transactions.take(state);
  }

  async close(): Promise<void> {
    this.#transactions.close();
  }
}
