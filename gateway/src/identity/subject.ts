/**
 * The identity a service sees: built from the session's user, with the
 * session named by a short prefix of its store key, which identifies it
 * without being usable as a cookie.
 */
import type { SessionRecord, SessionUser } from '../session/session-store.js';
import type { AssertionSubject } from './assertion-signer.js';

export function subjectOf(user: SessionUser, sessionKey: string): AssertionSubject {
  return {
    sub: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    tier: user.tier,
    jurisdiction: user.jurisdiction,
    sid: sessionKey.slice(0, 22),
  };
}

export function sessionSubject(record: SessionRecord): AssertionSubject {
  return subjectOf(record.user, record.key);
}
