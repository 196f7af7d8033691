/**
 * Remembers the first final answer to a request sent with an
 * `Idempotency-Key`, per user, so a retry (a double click, a lost response)
 * gets that answer again instead of a second execution. The fingerprint of
 * the request body is kept too: the same key with a different body is a
 * client error, not a replay.
 * Limitation: the memory store is per process; several instances need a
 * shared store behind this interface.
 */
import { MemoryTtlMap } from '../session/memory-ttl-map.js';

export interface StoredAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly fingerprint: string;
}

export interface IdempotencyStore {
  get(key: string): Promise<StoredAnswer | undefined>;
  put(key: string, answer: StoredAnswer, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #answers = new MemoryTtlMap<StoredAnswer>({ maxEntries: 100_000 });

  async get(key: string): Promise<StoredAnswer | undefined> {
    return this.#answers.get(key);
  }

  async put(key: string, answer: StoredAnswer, ttlMs: number): Promise<void> {
    this.#answers.set(key, answer, ttlMs);
  }

  async close(): Promise<void> {
    this.#answers.close();
  }
}
