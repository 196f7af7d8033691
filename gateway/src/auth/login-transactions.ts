/**
 * Login transactions: one per attempt, keyed by its `state`, holding what
 * the callback must check (PKCE verifier, nonce, expected issuer, the
 * browser binding) and where to go afterwards. Taking a transaction removes
 * it, so a callback URL works once. An interface, like the session store,
 * so several instances can share one. The number pending is capped per
 * client and in all (see login-routes.ts): a full store refuses new
 * attempts instead of dropping old ones, so nobody can flush another
 * person's login by starting many.
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
  /** The client address that started it, for the per-client cap. */
  readonly client: string;
  readonly createdAt: number;
}

export interface LoginTransactionStore {
  put(state: string, transaction: LoginTransaction, ttlMs: number): Promise<void>;
  /** How many attempts are pending, for one client and in all. */
  pending(client: string): Promise<{ forClient: number; total: number }>;
  get(state: string): Promise<LoginTransaction | undefined>;
  /** Returns the transaction and removes it, atomically. */
  take(state: string): Promise<LoginTransaction | undefined>;
  close(): Promise<void>;
}

export class MemoryLoginTransactionStore implements LoginTransactionStore {
  readonly #transactions = new MemoryTtlMap<LoginTransaction>({ sweepIntervalMs: 30_000 });

  async pending(client: string): Promise<{ forClient: number; total: number }> {
    const all = this.#transactions.values();
    return { forClient: all.filter((t) => t.client === client).length, total: all.length };
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
