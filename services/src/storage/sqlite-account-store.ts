// The embedded AccountStore: one SQLite table of profiles. First login and
// later logins are one upsert, so two tabs signing in at once cannot create
// the profile twice or overwrite roles the accounts service owns.

import type { JurisdictionCode, Role, Tier } from '../identity/vocabulary.js';
import type {
  AccountStore,
  OnboardingInput,
  OnboardingResult,
  SyncInput,
  UserProfile,
} from './account-store.js';
import { openDatabase, type SqliteDatabase } from './database.js';

const MIGRATIONS = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     name TEXT NOT NULL,
     provider TEXT NOT NULL,
     roles TEXT NOT NULL,
     tier TEXT NOT NULL,
     jurisdiction TEXT,
     company TEXT,
     terms_version TEXT,
     onboarded_at TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );`,
];

interface UserRow {
  id: string;
  email: string;
  name: string;
  provider: string;
  roles: string;
  tier: Tier;
  jurisdiction: JurisdictionCode | null;
  company: string | null;
  terms_version: string | null;
  onboarded_at: string | null;
  created_at: string;
}

export class SqliteAccountStore implements AccountStore {
  private readonly db: SqliteDatabase;
  private readonly statements;

  constructor(file: string) {
    this.db = openDatabase(file, MIGRATIONS);
    this.statements = {
      sync: this.db.prepare<[Record<string, string>], UserRow>(
        `INSERT INTO users (id, email, name, provider, roles, tier, created_at, updated_at)
         VALUES (@id, @email, @name, @provider, @roles, @tier, @at, @at)
         ON CONFLICT (id) DO UPDATE SET
           email = excluded.email, name = excluded.name, updated_at = excluded.updated_at
         RETURNING *`,
      ),
      byId: this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      onboard: this.db.prepare<[Record<string, string>]>(
        `UPDATE users SET company = @company, jurisdiction = @jurisdiction,
           terms_version = @termsVersion, onboarded_at = @at, updated_at = @at
         WHERE id = @id AND onboarded_at IS NULL`,
      ),
    };
  }

  async syncUser(input: SyncInput): Promise<UserProfile> {
    const row = this.statements.sync.get({
      id: input.id,
      email: input.email,
      name: input.name,
      provider: input.provider,
      roles: JSON.stringify(input.roles),
      tier: input.tier,
      at: input.at,
    }) as UserRow;
    return toProfile(row);
  }

  async findUser(id: string): Promise<UserProfile | null> {
    const row = this.statements.byId.get(id);
    return row === undefined ? null : toProfile(row);
  }

  async completeOnboarding(id: string, input: OnboardingInput): Promise<OnboardingResult> {
    const onboard = this.db.transaction((): OnboardingResult => {
      const changed = this.statements.onboard.run({ id, ...input }).changes;
      const row = this.statements.byId.get(id);
      if (row === undefined) return { outcome: 'unknown' };
      const user = toProfile(row);
      return changed === 1
        ? { outcome: 'onboarded', user }
        : { outcome: 'already_onboarded', user };
    });
    return onboard();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toProfile(row: UserRow): UserProfile {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    provider: row.provider,
    roles: JSON.parse(row.roles) as Role[],
    tier: row.tier,
    jurisdiction: row.jurisdiction,
    company: row.company,
    onboarded: row.onboarded_at !== null,
    termsVersion: row.terms_version,
    onboardedAt: row.onboarded_at,
    createdAt: row.created_at,
  };
}
