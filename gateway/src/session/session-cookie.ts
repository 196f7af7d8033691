/**
 * Cookie attributes for the session and the login binding. Over HTTPS the
 * names carry the `__Host-` prefix, which makes browsers insist on Secure,
 * Path=/ and no Domain (RFC 6265bis section 4.1.3.2), so a sibling subdomain
 * cannot plant or shadow them. Plain HTTP is only for localhost development.
 */
import type { CookieSerializeOptions } from '@fastify/cookie';

export interface CookiePolicy {
  readonly sessionName: string;
  /** Login-binding cookies are this prefix plus an id derived from the login's state. */
  readonly loginBindingPrefix: string;
  /** Carries the sealed ID token from logout to `/auth/end-session`. */
  readonly endSessionName: string;
  readonly secure: boolean;
}

export function cookiePolicy(publicUrl: string, baseName: string): CookiePolicy {
  const secure = new URL(publicUrl).protocol === 'https:';
  const prefix = secure ? '__Host-' : '';
  return {
    sessionName: `${prefix}${baseName}`,
    loginBindingPrefix: `${prefix}${baseName}_login_`,
    endSessionName: `${prefix}${baseName}_end`,
    secure,
  };
}

export function cookieAttributes(policy: CookiePolicy, maxAgeMs?: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    secure: policy.secure,
    sameSite: 'lax',
    path: '/',
    ...(maxAgeMs === undefined ? {} : { maxAge: Math.floor(maxAgeMs / 1000) }),
  };
}
