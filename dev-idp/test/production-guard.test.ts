// The production guard, as a function and through startDevIdp. The real
// process is covered in main-process.test.ts.

import { describe, expect, it } from 'vitest';

import {
  assertNotProduction,
  DevIdpError,
  PRODUCTION_NODE_ENV_MESSAGE,
  PRODUCTION_PROFILE_MESSAGE,
  startDevIdp,
  silentLogger,
} from '../src/index.js';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('assertNotProduction', () => {
  it('refuses GATEWAY_PROFILE=production with DEV_IDP_ERR_PRODUCTION', () => {
    const error = thrownBy(() => assertNotProduction({ profile: 'production' }));

    expect(error).toBeInstanceOf(DevIdpError);
    expect(error).toMatchObject({
      code: 'DEV_IDP_ERR_PRODUCTION',
      message: 'the development identity provider must not run when GATEWAY_PROFILE is production',
    });
  });

  it('refuses NODE_ENV=production with its own message', () => {
    const error = thrownBy(() =>
      assertNotProduction({ profile: 'development', nodeEnv: 'production' }),
    );

    expect(error).toMatchObject({
      code: 'DEV_IDP_ERR_PRODUCTION',
      message: PRODUCTION_NODE_ENV_MESSAGE,
    });
  });

  it.each(['Production', ' PRODUCTION ', 'production\n'])(
    'refuses the profile %j regardless of case and blanks',
    (profile) => {
      expect(thrownBy(() => assertNotProduction({ profile }))).toMatchObject({
        message: PRODUCTION_PROFILE_MESSAGE,
      });
    },
  );

  it.each([
    { profile: undefined, nodeEnv: undefined },
    { profile: 'development', nodeEnv: 'development' },
    { profile: 'staging', nodeEnv: 'test' },
  ])('allows profile $profile with NODE_ENV $nodeEnv', (environment) => {
    expect(assertNotProduction(environment)).toBeUndefined();
  });
});

describe('startDevIdp in production', () => {
  it('rejects when the profile option is production', async () => {
    const start = startDevIdp({ profile: 'production', port: 0, logger: silentLogger });

    await expect(start).rejects.toBeInstanceOf(DevIdpError);
    await expect(start).rejects.toMatchObject({
      code: 'DEV_IDP_ERR_PRODUCTION',
      message: PRODUCTION_PROFILE_MESSAGE,
    });
  });

  it('rejects when the nodeEnv option is production', async () => {
    await expect(
      startDevIdp({ profile: 'development', nodeEnv: 'production', port: 0, logger: silentLogger }),
    ).rejects.toMatchObject({
      code: 'DEV_IDP_ERR_PRODUCTION',
      message: PRODUCTION_NODE_ENV_MESSAGE,
    });
  });
});
