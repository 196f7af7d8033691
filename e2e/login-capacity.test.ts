/**
 * Pending login attempts are capped per client address, and a full store
 * refuses new attempts with 429 instead of dropping someone else's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RunningStack } from '../scripts/src/stack.js';
import { authorize, finishLogin, startLogin } from './support/http-login.js';
import { json } from './support/json.js';
import { startTestStack } from './support/test-stack.js';

let stack: RunningStack;

beforeAll(async () => {
  stack = await startTestStack({ GATEWAY_LOGIN__MAX_PENDING_PER_CLIENT: '3' });
});

afterAll(() => stack?.stop());

describe('login capacity', () => {
  it('refuses a fourth pending attempt from one address and keeps the first ones', async () => {
    const victim = await startLogin(stack.gatewayUrl);
    const callback = await authorize(victim, stack.gatewayUrl);
    await startLogin(stack.gatewayUrl);
    await startLogin(stack.gatewayUrl);

    const refused = await fetch(`${stack.gatewayUrl}/auth/login/dev`, { redirect: 'manual' });
    const finished = await finishLogin(victim, callback);

    expect(refused.status).toBe(429);
    expect((await json(refused)).code).toBe('too_many_requests');
    expect(finished.status).toBe(302);
  });
});
