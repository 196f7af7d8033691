/**
 * Cookie attributes: HttpOnly, SameSite=Lax, Path=/ and no Domain always;
 * Secure and the `__Host-` prefix whenever the gateway is served over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Gateway } from '../src/app.js';
import { cookieAttributes, cookiePolicy } from '../src/session/session-cookie.js';
import { signIn, testGateway } from './support/test-gateway.js';

describe('cookie policy', () => {
  it('uses the __Host- prefix and Secure over https', () => {
    const policy = cookiePolicy('https://app.qenergyz.com', 'qgw_session');

    expect(policy).toEqual({
      sessionName: '__Host-qgw_session',
      loginBindingPrefix: '__Host-qgw_session_login_',
      endSessionName: '__Host-qgw_session_end',
      secure: true,
    });
    expect(cookieAttributes(policy, 60_000)).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      maxAge: 60,
    });
  });

  it('drops the prefix and Secure only for plain-http development', () => {
    const policy = cookiePolicy('http://localhost:8080', 'qgw_session');

    expect(policy.sessionName).toBe('qgw_session');
    expect(cookieAttributes(policy).secure).toBe(false);
  });
});

describe('an https gateway', () => {
  let gateway: Gateway;

  beforeAll(async () => {
    gateway = await testGateway({ server: { publicUrl: 'https://app.qenergyz.test' } });
  });

  afterAll(() => gateway.app.close());

  it('reads the __Host- session cookie and clears it with Secure on logout', async () => {
    const { cookie, csrfToken } = await signIn(gateway);
    expect(cookie.startsWith('__Host-qgw_session=')).toBe(true);

    const response = await gateway.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken, origin: 'https://app.qenergyz.test' },
    });

    expect(response.statusCode).toBe(204);
    const cleared = String(response.headers['set-cookie']);
    expect(cleared).toMatch(
      /^__Host-qgw_session=; Max-Age=0; Path=\/; Expires=.*; HttpOnly; Secure; SameSite=Lax$/,
    );
  });
});
