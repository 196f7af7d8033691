/**
 * returnTo over a real login: each hostile value, as the query parser hands
 * it over, ends the login at `/` on the gateway's own origin. The final
 * Location is resolved against the gateway origin the way a browser does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { HOSTILE_RETURN_TO } from './support/hostile-return-to.js';
import { signIn } from './support/http-login.js';
import { startTestStack } from './support/test-stack.js';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(() => stack?.stop());

describe('returnTo after login', () => {
  it.each(HOSTILE_RETURN_TO)('ends a login with a %s returnTo at /', async (_name, query) => {
    const { location } = await signIn(stack.gatewayUrl, undefined, query);
    const final = new URL(location, stack.gatewayUrl);

    expect(final.origin).toBe(stack.gatewayUrl);
    expect(final.pathname).toBe('/');
    expect(final.search).toBe('');
  });

  it('keeps a valid path with its query', async () => {
    const { location } = await signIn(
      stack.gatewayUrl,
      undefined,
      `returnTo=${encodeURIComponent('/dashboard?tab=risk')}`,
    );
    const final = new URL(location, stack.gatewayUrl);

    expect(final.origin).toBe(stack.gatewayUrl);
    expect(`${final.pathname}${final.search}`).toBe('/dashboard?tab=risk');
  });
});
