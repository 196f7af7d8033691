// The per-provider in-memory store: expiry by TTL on a controlled clock,
// lookups by session uid and user code, revocation by grant, isolation.

import { describe, expect, it } from 'vitest';

import { createMemoryAdapter } from '../src/memory-adapter.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('createMemoryAdapter', () => {
  it('finds an entry until its TTL has passed', async () => {
    const time = clock();
    const sessions = createMemoryAdapter(time.now)('Session');
    await sessions.upsert('s1', { uid: 'u1', accountId: 'u-trader' }, 60);

    time.advance(59_999);
    expect(await sessions.find('s1')).toMatchObject({ accountId: 'u-trader' });

    time.advance(1);
    expect(await sessions.find('s1')).toBeUndefined();
  });

  it('finds a session by its uid', async () => {
    const sessions = createMemoryAdapter()('Session');
    await sessions.upsert('s1', { uid: 'uid-1', accountId: 'u-risk' }, 60);

    expect(await sessions.findByUid('uid-1')).toMatchObject({ accountId: 'u-risk' });
    expect(await sessions.findByUid('uid-2')).toBeUndefined();
  });

  it('finds an entry by its user code', async () => {
    const codes = createMemoryAdapter()('DeviceCode');
    await codes.upsert('d1', { userCode: 'ABCD-EFGH' }, 60);

    expect(await codes.findByUserCode('ABCD-EFGH')).toMatchObject({ userCode: 'ABCD-EFGH' });
  });

  it('marks an entry consumed with the time in seconds', async () => {
    const time = clock(5_000_000);
    const codes = createMemoryAdapter(time.now)('AuthorizationCode');
    await codes.upsert('c1', { grantId: 'g1' }, 60);

    await codes.consume('c1');

    expect(await codes.find('c1')).toMatchObject({ consumed: 5_000 });
  });

  it('removes every token of a revoked grant and leaves other grants alone', async () => {
    const factory = createMemoryAdapter();
    const refreshTokens = factory('RefreshToken');
    const accessTokens = factory('AccessToken');
    await refreshTokens.upsert('r1', { grantId: 'g1' }, 60);
    await accessTokens.upsert('a1', { grantId: 'g1' }, 60);
    await accessTokens.upsert('a2', { grantId: 'g2' }, 60);

    await accessTokens.revokeByGrantId('g1');

    expect(await refreshTokens.find('r1')).toBeUndefined();
    expect(await accessTokens.find('a1')).toBeUndefined();
    expect(await accessTokens.find('a2')).toMatchObject({ grantId: 'g2' });
  });

  it('deletes an entry on destroy', async () => {
    const grants = createMemoryAdapter()('Grant');
    await grants.upsert('g1', { accountId: 'u-admin' }, 60);

    await grants.destroy('g1');

    expect(await grants.find('g1')).toBeUndefined();
  });

  it('keeps models apart and stores of different providers apart', async () => {
    const first = createMemoryAdapter();
    await first('Session').upsert('same-id', { accountId: 'u-trader' }, 60);

    expect(await first('Interaction').find('same-id')).toBeUndefined();
    expect(await createMemoryAdapter()('Session').find('same-id')).toBeUndefined();
  });
});
