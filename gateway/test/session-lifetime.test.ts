/**
 * Sessions end after the idle timeout or the absolute lifetime, whichever
 * comes first; the store never sees the cookie value; provider tokens are
 * stored encrypted and survive a key rotation.
 */
import { randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { MemorySessionStore } from '../src/session/memory-session-store.js';
import { SessionManager, sessionKeyOf } from '../src/session/session-manager.js';
import { TokenCipher } from '../src/session/token-cipher.js';
import { TRADER } from './support/test-gateway.js';

const MINUTE = 60_000;

function manager(clock: { now: number }, cipher = new TokenCipher([])) {
  const store = new MemorySessionStore();
  const sessions = new SessionManager({
    store,
    cipher,
    idleTimeoutMs: 30 * MINUTE,
    absoluteTimeoutMs: 120 * MINUTE,
    now: () => clock.now,
  });
  return { store, sessions };
}

describe('session lifetime', () => {
  it('keys the record by the hash of the cookie value, never the value', async () => {
    const clock = { now: Date.now() };
    const { store, sessions } = manager(clock);

    const { cookieValue, record } = await sessions.create({
      provider: 'dev',
      user: TRADER,
      tokens: {},
    });

    expect(cookieValue).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(record.key).toBe(sessionKeyOf(cookieValue));
    expect(await store.get(cookieValue)).toBeUndefined();
    expect((await store.get(record.key))?.user.id).toBe('dev:u-trader');
  });

  it('ends a session idle for the idle timeout', async () => {
    const clock = { now: Date.now() };
    const { sessions } = manager(clock);
    const { cookieValue } = await sessions.create({ provider: 'dev', user: TRADER, tokens: {} });

    clock.now += 29 * MINUTE;
    expect(await sessions.load(cookieValue)).toBeDefined();

    clock.now += 30 * MINUTE;
    expect(await sessions.load(cookieValue)).toBeUndefined();
  });

  it('ends an active session at its absolute lifetime', async () => {
    const clock = { now: Date.now() };
    const { sessions } = manager(clock);
    const { cookieValue } = await sessions.create({ provider: 'dev', user: TRADER, tokens: {} });

    for (let minute = 10; minute < 120; minute += 10) {
      clock.now += 10 * MINUTE;
      expect(await sessions.load(cookieValue)).toBeDefined();
    }
    clock.now += 10 * MINUTE;

    expect(await sessions.load(cookieValue)).toBeUndefined();
  });

  it('stores provider tokens encrypted and opens them after a key rotation', async () => {
    const oldKey = randomBytes(32).toString('base64');
    const newKey = randomBytes(32).toString('base64');
    const clock = { now: Date.now() };
    const before = manager(clock, new TokenCipher([oldKey]));
    const { record } = await before.sessions.create({
      provider: 'dev',
      user: TRADER,
      tokens: { refreshToken: 'rt-very-secret' },
    });

    expect(JSON.stringify(record)).not.toContain('rt-very-secret');
    const rotated = new SessionManager({
      store: before.store,
      cipher: new TokenCipher([newKey, oldKey]),
      idleTimeoutMs: 30 * MINUTE,
      absoluteTimeoutMs: 120 * MINUTE,
    });
    expect(rotated.tokensOf(record).refreshToken).toBe('rt-very-secret');
  });

  it('opens nothing from a tampered blob', () => {
    const cipher = new TokenCipher([]);
    const blob = cipher.seal({ accessToken: 'a' });
    const tampered = { ...blob, data: `${blob.data.slice(0, -2)}AA` };

    expect(cipher.open(tampered)).toBeUndefined();
  });

  it('opens nothing whose tag was shortened', () => {
    const cipher = new TokenCipher([]);
    const blob = cipher.seal({ accessToken: 'a' });
    const short = { ...blob, tag: blob.tag.slice(0, 6) };

    expect(cipher.open(short)).toBeUndefined();
  });

  it('opens a blob only for the purpose it was sealed for', () => {
    const cipher = new TokenCipher([]);
    const blob = cipher.seal({ idToken: 'x' }, 'end-session');

    expect(cipher.open(blob)).toBeUndefined();
    expect(cipher.open(blob, 'end-session')).toEqual({ idToken: 'x' });
  });

  it('refuses an encryption key that is not 32 bytes', () => {
    expect(() => new TokenCipher(['c2hvcnQ='])).toThrow(
      'session.encryptionKeys[0] must be 32 bytes',
    );
  });
});
