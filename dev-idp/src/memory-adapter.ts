// In-memory storage for oidc-provider's sessions, interactions, grants and
// tokens, one store per provider instance. oidc-provider's bundled adapter
// keeps a single module-wide LRU of 1000 entries shared by every provider in
// the process, which lets several providers (tests, an embedding stack) see
// each other's entries and evicts live sessions under load. Entries here
// expire by their own TTL and nothing else. State is lost on restart, which
// is what a development provider wants.

import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/** Models whose entries belong to a grant and go when it is revoked. */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

const SWEEP_INTERVAL_MS = 60_000;

export function createMemoryAdapter(now: () => number = Date.now): AdapterFactory {
  const entries = new Map<string, Entry>();
  const sessionIdsByUid = new Map<string, string>();
  const idsByUserCode = new Map<string, string>();
  const keysByGrant = new Map<string, Set<string>>();
  let lastSweep = now();

  function live(key: string): AdapterPayload | undefined {
    const entry = entries.get(key);
    if (entry === undefined) {
      return undefined;
    }
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  function sweep(): void {
    const current = now();
    if (current - lastSweep < SWEEP_INTERVAL_MS) {
      return;
    }
    lastSweep = current;
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= current) {
        entries.delete(key);
      }
    }
    for (const [grantId, keys] of keysByGrant) {
      if (![...keys].some((key) => entries.has(key))) {
        keysByGrant.delete(grantId);
      }
    }
  }

  return (model: string): Adapter => {
    const keyOf = (id: string) => `${model}:${id}`;
    const find = async (id: string) => live(keyOf(id));

    return {
      async upsert(id, payload, expiresIn) {
        sweep();
        const key = keyOf(id);
        entries.set(key, { payload, expiresAt: now() + expiresIn * 1000 });

        if (model === 'Session' && typeof payload.uid === 'string') {
          sessionIdsByUid.set(payload.uid, id);
        }
        if (typeof payload.userCode === 'string') {
          idsByUserCode.set(payload.userCode, id);
        }
        if (GRANTABLE.has(model) && typeof payload.grantId === 'string') {
          const keys = keysByGrant.get(payload.grantId) ?? new Set<string>();
          keys.add(key);
          keysByGrant.set(payload.grantId, keys);
        }
      },
      find,
      async findByUid(uid) {
        const id = sessionIdsByUid.get(uid);
        return id === undefined ? undefined : find(id);
      },
      async findByUserCode(userCode) {
        const id = idsByUserCode.get(userCode);
        return id === undefined ? undefined : find(id);
      },
      async consume(id) {
        const payload = live(keyOf(id));
        if (payload !== undefined) {
          payload.consumed = Math.floor(now() / 1000);
        }
      },
      async destroy(id) {
        entries.delete(keyOf(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of keysByGrant.get(grantId) ?? []) {
          entries.delete(key);
        }
        keysByGrant.delete(grantId);
      },
    };
  };
}
