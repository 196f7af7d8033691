/**
 * The embedded session store: process memory. Sessions do not survive a
 * restart and are not shared between instances.
 * Limitation: with several gateway instances each has its own sessions; run
 * them on a shared store instead.
 */
import { MemoryTtlMap } from './memory-ttl-map.js';
import type { SessionRecord, SessionStore } from './session-store.js';

export class MemorySessionStore implements SessionStore {
  readonly #records = new MemoryTtlMap<SessionRecord>();

  async get(key: string): Promise<SessionRecord | undefined> {
    return this.#records.get(key);
  }

  async set(record: SessionRecord, ttlMs: number): Promise<void> {
    this.#records.set(record.key, record, ttlMs);
  }

  async delete(key: string): Promise<void> {
    this.#records.delete(key);
  }

  async listByUser(userId: string): Promise<SessionRecord[]> {
    return this.#records.values().filter((record) => record.user.id === userId);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.#records.close();
  }
}
