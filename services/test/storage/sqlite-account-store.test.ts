import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteAccountStore } from '../../src/storage/sqlite-account-store.js';
import { makeTempDir } from '../support/temp-dir.js';

let temp: ReturnType<typeof makeTempDir>;
let file: string;

beforeEach(() => {
  temp = makeTempDir('account-store');
  file = join(temp.path, 'accounts.sqlite');
});
afterEach(() => temp.remove());

const sync = {
  id: 'u1',
  email: 'a@example.com',
  name: 'A',
  provider: 'entra',
  roles: ['trader', 'compliance_officer'] as const,
  tier: 'enterprise' as const,
  at: '2026-01-12T10:00:00.000Z',
};

describe('SqliteAccountStore', () => {
  it('keeps profiles and onboarding across a restart', async () => {
    const first = new SqliteAccountStore(file);
    await first.syncUser(sync);
    await first.completeOnboarding('u1', {
      company: 'Q',
      jurisdiction: 'GY',
      termsVersion: '2026-01',
      at: '2026-01-12T11:00:00.000Z',
    });
    await first.close();

    const second = new SqliteAccountStore(file);
    expect(await second.findUser('u1')).toEqual({
      id: 'u1',
      email: 'a@example.com',
      name: 'A',
      provider: 'entra',
      roles: ['trader', 'compliance_officer'],
      tier: 'enterprise',
      jurisdiction: 'GY',
      company: 'Q',
      onboarded: true,
      termsVersion: '2026-01',
      onboardedAt: '2026-01-12T11:00:00.000Z',
      createdAt: '2026-01-12T10:00:00.000Z',
    });
    await second.close();
  });

  it('creates one profile when two first logins race', async () => {
    const store = new SqliteAccountStore(file);
    const [a, b] = await Promise.all([
      store.syncUser(sync),
      store.syncUser({ ...sync, name: 'B', tier: 'free' }),
    ]);
    expect(a.tier).toBe('enterprise');
    expect(b).toMatchObject({ name: 'B', tier: 'enterprise' });
    await store.close();
  });

  it('onboards once and reports unknown users', async () => {
    const store = new SqliteAccountStore(file);
    const input = { company: 'Q', jurisdiction: 'EU' as const, termsVersion: 't', at: sync.at };
    await store.syncUser(sync);

    expect((await store.completeOnboarding('u1', input)).outcome).toBe('onboarded');
    expect((await store.completeOnboarding('u1', input)).outcome).toBe('already_onboarded');
    expect(await store.completeOnboarding('nobody', input)).toEqual({ outcome: 'unknown' });
    await store.close();
  });
});
