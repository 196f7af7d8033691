/**
 * Creates, loads and ends sessions. The browser holds a random 256-bit value;
 * the store holds a record under its SHA-256. A session ends when it has been
 * idle longer than the idle timeout or has lived past its absolute lifetime,
 * whichever comes first. Activity is written back at most once a minute, so
 * a busy tab does not turn every request into a store write.
 */
import { randomBytes } from 'node:crypto';

import { sha256 } from '../security/digest.js';

import type { SessionRecord, SessionStore, SessionUser } from './session-store.js';
import type { TokenCipher } from './token-cipher.js';

const TOUCH_INTERVAL_MS = 60_000;

export interface ProviderTokens {
  readonly accessToken?: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  /** Epoch milliseconds. */
  readonly expiresAt?: number;
}

export interface SessionManagerOptions {
  readonly store: SessionStore;
  readonly cipher: TokenCipher;
  readonly idleTimeoutMs: number;
  readonly absoluteTimeoutMs: number;
  readonly now?: () => number;
}

export function sessionKeyOf(cookieValue: string): string {
  return sha256(cookieValue);
}

export class SessionManager {
  readonly #options: SessionManagerOptions;
  readonly #now: () => number;

  constructor(options: SessionManagerOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get store(): SessionStore {
    return this.#options.store;
  }

  async create(input: {
    provider: string;
    user: SessionUser;
    tokens: ProviderTokens;
  }): Promise<{ cookieValue: string; record: SessionRecord }> {
    const cookieValue = randomBytes(32).toString('base64url');
    const now = this.#now();
    const record: SessionRecord = {
      key: sessionKeyOf(cookieValue),
      provider: input.provider,
      user: input.user,
      csrfToken: randomBytes(32).toString('base64url'),
      tokens: this.#options.cipher.seal(input.tokens),
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: now + this.#options.absoluteTimeoutMs,
    };
    await this.#save(record);
    return { cookieValue, record };
  }

  /** The live session for a cookie value, or undefined (expired ones are deleted). */
  async load(cookieValue: string): Promise<SessionRecord | undefined> {
    const record = await this.#options.store.get(sessionKeyOf(cookieValue));
    if (!record) return undefined;

    const now = this.#now();
    const idleExpired = now - record.lastSeenAt >= this.#options.idleTimeoutMs;
    if (idleExpired || now >= record.absoluteExpiresAt) {
      await this.#options.store.delete(record.key);
      return undefined;
    }

    if (now - record.lastSeenAt < TOUCH_INTERVAL_MS) return record;
    const touched = { ...record, lastSeenAt: now };
    await this.#save(touched);
    return touched;
  }

  async updateUser(record: SessionRecord, user: SessionUser): Promise<SessionRecord> {
    const updated = { ...record, user };
    await this.#save(updated);
    return updated;
  }

  tokensOf(record: SessionRecord): ProviderTokens {
    return this.#options.cipher.open<ProviderTokens>(record.tokens) ?? {};
  }

  async destroy(key: string): Promise<void> {
    await this.#options.store.delete(key);
  }

  idleExpiresAt(record: SessionRecord): number {
    return Math.min(record.lastSeenAt + this.#options.idleTimeoutMs, record.absoluteExpiresAt);
  }

  async #save(record: SessionRecord): Promise<void> {
    const ttlMs = this.idleExpiresAt(record) - this.#now();
    if (ttlMs <= 0) return this.#options.store.delete(record.key);
    await this.#options.store.set(record, ttlMs);
  }
}
