import { describe, expect, it } from 'vitest';

import { MemoryKeyedLock } from '../src/bff/keyed-lock.js';
import { MemoryTtlMap } from '../src/session/memory-ttl-map.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('MemoryKeyedLock', () => {
  it('runs work for one key one at a time, in arrival order', async () => {
    const lock = new MemoryKeyedLock();
    const events: string[] = [];
    const job = (name: string) =>
      lock.run('user-1', async () => {
        events.push(`${name} start`);
        await tick();
        events.push(`${name} end`);
        return name;
      });

    const results = await Promise.all([job('a'), job('b'), job('c')]);

    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets different keys run at the same time', async () => {
    const lock = new MemoryKeyedLock();
    const events: string[] = [];
    const job = (key: string) =>
      lock.run(key, async () => {
        events.push(`${key} start`);
        await tick();
        events.push(`${key} end`);
      });

    await Promise.all([job('x'), job('y')]);

    expect(events.slice(0, 2).sort()).toEqual(['x start', 'y start']);
  });

  it('releases the key when the work fails', async () => {
    const lock = new MemoryKeyedLock();

    await expect(lock.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );

    await expect(lock.run('k', async () => 'next')).resolves.toBe('next');
  });
});

describe('MemoryTtlMap', () => {
  it('drops the oldest entry beyond maxEntries', () => {
    const map = new MemoryTtlMap<number>({ maxEntries: 2 });
    map.set('a', 1, 60_000);
    map.set('b', 2, 60_000);
    map.set('c', 3, 60_000);

    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([undefined, 2, 3]);
    expect(map.size).toBe(2);
    map.close();
  });

  it('hides an entry the moment it expires and takes an entry once', () => {
    const clock = { now: 1_000 };
    const map = new MemoryTtlMap<string>({ now: () => clock.now });
    map.set('k', 'v', 100);

    clock.now += 99;
    expect(map.take('k')).toBe('v');
    expect(map.take('k')).toBeUndefined();

    map.set('j', 'w', 100);
    clock.now += 100;
    expect(map.get('j')).toBeUndefined();
    map.close();
  });
});
