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
  get(state: string): Promise<LoginTransaction | undefined>;
  /** Returns the transaction and removes it, atomically. */
  take(state: string): Promise<LoginTransaction | undefined>;
  close(): Promise<void>;
}

export class MemoryLoginTransactionStore implements LoginTransactionStore {
  readonly #transactions: MemoryTtlMap<LoginTransaction>;

  /** @param maxPending the most attempts kept; the oldest gives way beyond it. */
  constructor(maxPending = 10_000) {
    this.#transactions = new MemoryTtlMap({ sweepIntervalMs: 30_000, maxEntries: maxPending });
  }

  async put(state: string, transaction: LoginTransaction, ttlMs: number): Promise<void> {
    this.#transactions.set(state, transaction, ttlMs);
  }

  async get(state: string): Promise<LoginTransaction | undefined> {
    return this.#transactions.get(state);
  }

  async take(state: string): Promise<LoginTransaction | undefined> {
    return this.#transactions.take(state);
  }

  async close(): Promise<void> {
    this.#transactions.close();
  }
}
