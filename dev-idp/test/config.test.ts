// Settings from environment variables and from options: defaults, parsing,
// and every problem reported together with the name and the value received.

import { describe, expect, it } from 'vitest';

import { DevIdpError, readDevIdpEnv, resolveDevIdpSettings } from '../src/index.js';

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DevIdpError && error.code === 'DEV_IDP_ERR_CONFIG') {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('readDevIdpEnv', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(readDevIdpEnv({})).toEqual({
      host: '127.0.0.1',
      port: 4010,
      clientId: 'qenergyz-gateway',
      clientSecret: 'dev-gateway-secret',
      redirectUris: ['http://localhost:8080/auth/callback/dev'],
      postLogoutRedirectUris: ['http://localhost:8080/'],
      logLevel: 'info',
    });
  });

  it('reads every variable, splitting and trimming the URI lists', () => {
    const settings = readDevIdpEnv({
      DEV_IDP_HOST: '0.0.0.0',
      DEV_IDP_PORT: '4999',
      DEV_IDP_ISSUER: 'http://idp.localtest.me:4999',
      DEV_IDP_CLIENT_ID: 'gw',
      DEV_IDP_CLIENT_SECRET: 's3cret',
      DEV_IDP_REDIRECT_URIS: 'http://a.test/cb, https://b.test/cb',
      DEV_IDP_POST_LOGOUT_REDIRECT_URIS: '',
      DEV_IDP_COOKIE_KEYS: 'k'.repeat(16),
      LOG_LEVEL: 'debug',
      GATEWAY_PROFILE: 'staging',
    });

    expect(settings).toEqual({
      host: '0.0.0.0',
      port: 4999,
      issuer: 'http://idp.localtest.me:4999',
      clientId: 'gw',
      clientSecret: 's3cret',
      redirectUris: ['http://a.test/cb', 'https://b.test/cb'],
      postLogoutRedirectUris: [],
      cookieKeys: ['k'.repeat(16)],
      logLevel: 'debug',
      profile: 'staging',
    });
  });

  it('returns frozen settings', () => {
    expect(Object.isFrozen(readDevIdpEnv({}))).toBe(true);
  });

  it('reports every invalid variable at once, naming it and the value', () => {
    const problems = problemsOf(() =>
      readDevIdpEnv({
        DEV_IDP_PORT: 'abc',
        DEV_IDP_ISSUER: 'http://127.0.0.1:4010/',
        DEV_IDP_REDIRECT_URIS: 'http://ok.test/cb,/relative',
        DEV_IDP_CLIENT_SECRET: '',
        LOG_LEVEL: 'loud',
        GATEWAY_PROFILE: 'prod',
      }),
    );

    expect(problems).toEqual([
      'DEV_IDP_PORT must be an integer from 0 to 65535, got "abc"',
      'DEV_IDP_ISSUER must be an origin such as http://127.0.0.1:4010 (no path, query or fragment), got "http://127.0.0.1:4010/"',
      'DEV_IDP_CLIENT_SECRET must not be empty, got ""',
      'DEV_IDP_REDIRECT_URIS entry 2 must be an absolute http(s) URL without a fragment, got "/relative"',
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, got "loud"',
      'GATEWAY_PROFILE must be one of development, staging, production, got "prod"',
    ]);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf(() => readDevIdpEnv({ DEV_IDP_PORT: '70000' }))).toEqual([
      'DEV_IDP_PORT must be an integer from 0 to 65535, got 70000',
    ]);
  });

  it('refuses an empty redirect URI list', () => {
    expect(problemsOf(() => readDevIdpEnv({ DEV_IDP_REDIRECT_URIS: ' ' }))).toEqual([
      'DEV_IDP_REDIRECT_URIS must list at least one URL, got []',
    ]);
  });

  it('refuses a redirect URI with a fragment', () => {
    expect(
      problemsOf(() => readDevIdpEnv({ DEV_IDP_REDIRECT_URIS: 'http://a.test/cb#x' })),
    ).toEqual([
      'DEV_IDP_REDIRECT_URIS entry 1 must be an absolute http(s) URL without a fragment, got "http://a.test/cb#x"',
    ]);
  });

  it('puts the problem list in the error message', () => {
    expect(() => readDevIdpEnv({ DEV_IDP_PORT: '-1' })).toThrow(
      'invalid dev-idp configuration:\n- DEV_IDP_PORT must be an integer from 0 to 65535, got "-1"',
    );
  });
});

describe('resolveDevIdpSettings', () => {
  it('applies the defaults to options left out or undefined', () => {
    const settings = resolveDevIdpSettings({ port: 0, issuer: undefined });

    expect(settings.port).toBe(0);
    expect(settings.issuer).toBeUndefined();
    expect(settings.clientId).toBe('qenergyz-gateway');
  });

  it('names the option, not the variable, in problems', () => {
    expect(problemsOf(() => resolveDevIdpSettings({ port: 1.5, cookieKeys: ['short'] }))).toEqual([
      'port must be an integer from 0 to 65535, got 1.5',
      'cookieKeys entry 1 must be at least 16 characters, got "short"',
    ]);
  });
});
