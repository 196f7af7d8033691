// The accounts service's storage contract: user profiles and their one-time
// onboarding. Async so that a PostgreSQL implementation fits behind it; each
// method is a single atomic statement or transaction.

import type { JurisdictionCode, Role, Tier } from '../identity/vocabulary.js';

export interface UserProfile {
  id: string;
  email: string;
  name: string;
  provider: string;
  roles: Role[];
  tier: Tier;
  jurisdiction: JurisdictionCode | null;
  company: string | null;
  onboarded: boolean;
  termsVersion: string | null;
  onboardedAt: string | null;
  createdAt: string;
}

export interface SyncInput {
  id: string;
  email: string;
  name: string;
  provider: string;
  /** Used only when the profile is created. */
  roles: readonly Role[];
  /** Used only when the profile is created. */
  tier: Tier;
  at: string;
}

export interface OnboardingInput {
  company: string;
  jurisdiction: JurisdictionCode;
  termsVersion: string;
  at: string;
}

export type OnboardingResult =
  | { outcome: 'onboarded'; user: UserProfile }
  | { outcome: 'already_onboarded'; user: UserProfile }
  | { outcome: 'unknown' };

export interface AccountStore {
  /** Creates the profile on first sight; afterwards refreshes email and name only. */
  syncUser(input: SyncInput): Promise<UserProfile>;
  findUser(id: string): Promise<UserProfile | null>;
  completeOnboarding(id: string, input: OnboardingInput): Promise<OnboardingResult>;
  close(): Promise<void>;
}
