/**
 * Runs work for one key at a time, in arrival order. The trade workflow
 * takes the user's key: its checks read the user's book and its last step
 * changes it, so two trades of one user must not interleave, or each would
 * be checked against a book that no longer holds when it executes.
 * Limitation: the memory lock serialises within one gateway process only;
 * several instances need a shared lock behind this interface.
 */
export interface KeyedLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export class MemoryKeyedLock implements KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release = () => {};
    const turn = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => turn);
    this.#tails.set(key, tail);

    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
