import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsApp } from '../../src/accounts/app.js';
import { SqliteAccountStore } from '../../src/storage/sqlite-account-store.js';
import { createGatewaySigner, type GatewaySigner } from '../support/gateway-signer.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('accounts-app');
let signer: GatewaySigner;
let app: FastifyInstance;
let now = new Date('2026-01-12T10:00:00.000Z');
let counter = 0;

beforeAll(async () => {
  signer = await createGatewaySigner();
  app = buildAccountsApp({
    identity: signer.identity,
    store: new SqliteAccountStore(join(temp.path, 'accounts.sqlite')),
    termsVersion: '2026-01',
    clock: { now: () => now },
  });
});

afterAll(async () => {
  await app.close();
  temp.remove();
});

function newUser() {
  counter += 1;
  const sub = `user-${counter}`;
  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers: await signer.bearer('accounts', { sub, jurisdiction: null }),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  return {
    sub,
    sync: (body: unknown) => call('POST', '/users/sync', body),
    me: () => call('GET', '/users/me'),
    onboard: (body: unknown) => call('POST', '/onboarding', body),
    call,
  };
}

const login = { email: 'ada@example.com', name: 'Ada', provider: 'google' };
const onboarding = {
  company: '  Qenergyz Trading Ltd ',
  jurisdiction: 'UK',
  termsVersion: '2026-01',
};

describe('accounts: POST /users/sync', () => {
  it('creates the profile on first login with default role and tier', async () => {
    const user = newUser();
    const response = await user.sync(login);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: {
        id: user.sub,
        email: 'ada@example.com',
        name: 'Ada',
        provider: 'google',
        roles: ['trader'],
        tier: 'free',
        jurisdiction: null,
        company: null,
        onboarded: false,
        termsVersion: null,
        onboardedAt: null,
        createdAt: '2026-01-12T10:00:00.000Z',
      },
    });
  });

  it('takes roles and tier from the first sync only; later syncs refresh email and name', async () => {
    const user = newUser();
    await user.sync({ ...login, roles: ['risk_manager', 'admin'], tier: 'premium' });
    const later = await user.sync({
      email: 'ada@new.example',
      name: 'Ada L.',
      provider: 'github',
      roles: ['trader'],
      tier: 'free',
    });

    expect(later.json().user).toMatchObject({
      email: 'ada@new.example',
      name: 'Ada L.',
      provider: 'google',
      roles: ['risk_manager', 'admin'],
      tier: 'premium',
      createdAt: '2026-01-12T10:00:00.000Z',
    });
  });

  it.each([
    [{ ...login, roles: ['superuser'] }, 'body.roles[0] must be one of'],
    [
      { ...login, tier: 'platinum' },
      'body.tier must be one of "free", "basic", "premium", "enterprise"',
    ],
    [{ ...login, roles: [] }, 'body.roles must NOT have fewer than 1 items'],
    [{ ...login, email: 'not-an-email' }, 'body.email must match format "email"'],
    [{ email: 'a@b.co', name: 'A' }, 'body.provider is required'],
    [{ ...login, admin: true }, 'body.admin is not an allowed property'],
  ])('answers 400 naming the field for %j', async (body, detail) => {
    const response = await newUser().sync(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(detail);
  });
});

describe('accounts: GET /users/me', () => {
  it('returns the synced profile', async () => {
    const user = newUser();
    await user.sync(login);
    expect((await user.me()).json().user.id).toBe(user.sub);
  });

  it('answers 404 user_unknown before the first sync', async () => {
    const response = await newUser().me();
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('user_unknown');
  });
});

describe('accounts: onboarding', () => {
  it('lists the current terms version and the five jurisdictions', async () => {
    const response = await newUser().call('GET', '/onboarding');
    expect(response.json()).toEqual({
      termsVersion: '2026-01',
      jurisdictions: [
        { code: 'ME', name: 'Middle East' },
        { code: 'US', name: 'United States' },
        { code: 'UK', name: 'United Kingdom' },
        { code: 'EU', name: 'European Union' },
        { code: 'GY', name: 'Guyana' },
      ],
    });
  });

  it('records company (trimmed), jurisdiction and accepted terms', async () => {
    const user = newUser();
    await user.sync(login);
    now = new Date('2026-01-12T11:00:00.000Z');

    const response = await user.onboard(onboarding);

    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      company: 'Qenergyz Trading Ltd',
      jurisdiction: 'UK',
      onboarded: true,
      termsVersion: '2026-01',
      onboardedAt: '2026-01-12T11:00:00.000Z',
    });
    expect((await user.me()).json().user.onboarded).toBe(true);
  });

  it('answers 422 terms_version_outdated naming the current version', async () => {
    const user = newUser();
    await user.sync(login);
    const response = await user.onboard({ ...onboarding, termsVersion: '2025-06' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'terms_version_outdated',
      detail: 'body.termsVersion 2025-06 is not the current terms version 2026-01',
    });
  });

  it('answers 409 already_onboarded the second time', async () => {
    const user = newUser();
    await user.sync(login);
    await user.onboard(onboarding);
    const again = await user.onboard({ ...onboarding, jurisdiction: 'US' });

    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_onboarded');
    expect((await user.me()).json().user.jurisdiction).toBe('UK');
  });

  it('answers 404 user_unknown for a caller never synced', async () => {
    expect((await newUser().onboard(onboarding)).json().code).toBe('user_unknown');
  });

  it.each([
    [{ ...onboarding, company: '   ' }, 'body.company must match pattern "\\S"'],
    [{ ...onboarding, company: '' }, 'body.company must NOT have fewer than 1 characters'],
    [
      { ...onboarding, company: 'x'.repeat(201) },
      'body.company must NOT have more than 200 characters',
    ],
    [
      { ...onboarding, jurisdiction: 'FR' },
      'body.jurisdiction must be one of "ME", "US", "UK", "EU", "GY"',
    ],
    [{ company: 'Q', jurisdiction: 'UK' }, 'body.termsVersion is required'],
  ])('answers 400 naming the field for %j', async (body, detail) => {
    const user = newUser();
    await user.sync(login);
    const response = await user.onboard(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain(detail);
  });
});
