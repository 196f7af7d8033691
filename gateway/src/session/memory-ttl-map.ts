/**
 * A Map whose entries expire. Expired entries are invisible at once and are
 * swept periodically so an idle process does not keep them. The sweep timer
 * is unref'd: it never keeps the process alive. With `maxEntries`, the oldest
 * entry makes room for a new one, so unauthenticated writers (login starts)
 * cannot grow memory without bound.
 */
export class MemoryTtlMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();
  readonly #sweeper: NodeJS.Timeout;
  readonly #now: () => number;
  readonly #maxEntries: number;

  constructor(options: { sweepIntervalMs?: number; now?: () => number; maxEntries?: number } = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxEntries = options.maxEntries ?? Number.POSITIVE_INFINITY;
    this.#sweeper = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 60_000);
    this.#sweeper.unref();
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expiresAt: this.#now() + ttlMs });
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Returns the live value and removes it, in one step. */
  take(key: string): V | undefined {
    const value = this.get(key);
    this.#entries.delete(key);
    return value;
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  values(): V[] {
    this.sweep();
    return [...this.#entries.values()].map((entry) => entry.value);
  }

  sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
  }

  close(): void {
    clearInterval(this.#sweeper);
    this.#entries.clear();
  }
}
