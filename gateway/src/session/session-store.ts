/**
 * What a session is and where it is kept. The store is an interface so that
 * the embedded memory store and a shared one (Redis, for several instances)
 * are interchangeable; every method is asynchronous for that reason. Records
 * are keyed by a hash of the cookie value, never by the value itself, so a
 * dump of the store yields no usable session cookies.
 */
import type { EncryptedBlob } from './token-cipher.js';

export type Role = 'trader' | 'risk_manager' | 'compliance_officer' | 'admin';
export type Tier = 'free' | 'basic' | 'premium' | 'enterprise';
export type Jurisdiction = 'ME' | 'US' | 'UK' | 'EU' | 'GY';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly tier: Tier;
  readonly jurisdiction: Jurisdiction | null;
  readonly company: string | null;
  readonly onboarded: boolean;
}

export interface SessionRecord {
  /** SHA-256 of the cookie value, base64url. */
  readonly key: string;
  readonly provider: string;
  readonly user: SessionUser;
  readonly csrfToken: string;
  /** Provider tokens, encrypted at rest (AES-256-GCM). */
  readonly tokens: EncryptedBlob;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly absoluteExpiresAt: number;
}

export interface SessionStore {
  get(key: string): Promise<SessionRecord | undefined>;
  /** Writes the record; the store may forget it after `ttlMs`. */
  set(record: SessionRecord, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  listByUser(userId: string): Promise<SessionRecord[]>;
  /** Reports whether the store can serve requests (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
