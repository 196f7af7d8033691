// The fixture accounts and the password check behind the sign-in form.

import { describe, expect, it } from 'vitest';

import {
  FIXTURE_PASSWORD,
  FIXTURE_USERS,
  findUserByLogin,
  findUserBySub,
  verifyCredentials,
} from '../src/index.js';

describe('fixture users', () => {
  it('has one account per role plus a second trader, with these profiles', () => {
    const summary = FIXTURE_USERS.map(({ sub, email, name, roles, tier }) => ({
      sub,
      email,
      name,
      roles,
      tier,
    }));

    expect(summary).toEqual([
      {
        sub: 'u-trader',
        email: 'trader@qenergyz.test',
        name: 'Tara Trader',
        roles: ['trader'],
        tier: 'basic',
      },
      {
        sub: 'u-trader-me',
        email: 'trader.me@qenergyz.test',
        name: 'Omar Trader',
        roles: ['trader'],
        tier: 'basic',
      },
      {
        sub: 'u-risk',
        email: 'risk@qenergyz.test',
        name: 'Riley Risk',
        roles: ['risk_manager'],
        tier: 'premium',
      },
      {
        sub: 'u-compliance',
        email: 'compliance@qenergyz.test',
        name: 'Casey Compliance',
        roles: ['compliance_officer'],
        tier: 'premium',
      },
      {
        sub: 'u-admin',
        email: 'admin@qenergyz.test',
        name: 'Alex Admin',
        roles: ['admin'],
        tier: 'enterprise',
      },
    ]);
  });

  it('marks every email as verified', () => {
    expect(FIXTURE_USERS.every((user) => user.email_verified === true)).toBe(true);
  });

  it('has unique subjects and emails', () => {
    expect(new Set(FIXTURE_USERS.map((user) => user.sub)).size).toBe(FIXTURE_USERS.length);
    expect(new Set(FIXTURE_USERS.map((user) => user.email)).size).toBe(FIXTURE_USERS.length);
  });

  it('cannot be changed at run time', () => {
    const first = FIXTURE_USERS[0] as unknown as { name: string; roles: string[] };

    expect(() => {
      first.name = 'Mallory';
    }).toThrow(TypeError);
    expect(() => first.roles.push('admin')).toThrow(TypeError);
  });

  it('uses the password dev', () => {
    expect(FIXTURE_PASSWORD).toBe('dev');
  });
});

describe('findUserByLogin', () => {
  it('matches the email ignoring case and surrounding blanks', () => {
    expect(findUserByLogin('  Trader.ME@Qenergyz.Test ')?.sub).toBe('u-trader-me');
  });

  it('finds nobody for an unknown email', () => {
    expect(findUserByLogin('trader@qenergyz.example')).toBeUndefined();
  });
});

describe('findUserBySub', () => {
  it('finds a user by subject, exactly', () => {
    expect(findUserBySub('u-admin')?.email).toBe('admin@qenergyz.test');
    expect(findUserBySub('U-ADMIN')).toBeUndefined();
  });
});

describe('verifyCredentials', () => {
  it('returns the user for the right email and password', () => {
    expect(verifyCredentials('RISK@qenergyz.test', 'dev')?.sub).toBe('u-risk');
  });

  it('rejects a wrong password', () => {
    expect(verifyCredentials('risk@qenergyz.test', 'Dev')).toBeUndefined();
  });

  it('rejects a password that only starts with the right one', () => {
    expect(verifyCredentials('risk@qenergyz.test', 'dev ')).toBeUndefined();
  });

  it('rejects an empty password', () => {
    expect(verifyCredentials('risk@qenergyz.test', '')).toBeUndefined();
  });

  it('rejects an unknown email with the right password', () => {
    expect(verifyCredentials('ghost@qenergyz.test', 'dev')).toBeUndefined();
  });
});
