/**
 * Drives a real login over HTTP, as a browser would but without one: the
 * gateway's login route, the development provider's authorize endpoint and
 * login form, and the gateway's callback, carrying cookies between them.
 */
import { CookieJar } from './cookie-jar.js';

export interface LoginStart {
  readonly jar: CookieJar;
  readonly authorizeUrl: string;
}

async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

function locationOf(response: Response, base: string): string {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect from ${base}, got ${response.status}`);
  return new URL(location, base).href;
}

/** Step 1: the gateway's login route. `query` is sent verbatim. */
export async function startLogin(
  gatewayUrl: string,
  query = '',
  jar = new CookieJar(),
): Promise<LoginStart> {
  const url = `${gatewayUrl}/auth/login/dev${query ? `?${query}` : ''}`;
  const response = await request(jar, url);
  if (response.status !== 302)
    throw new Error(`login start answered ${response.status}: ${await response.text()}`);
  return { jar, authorizeUrl: locationOf(response, url) };
}

/**
 * Steps 2–4: through the provider (signing in on its form when it asks) to
 * the gateway's callback. Returns the callback URL without requesting it.
 */
export async function authorize(
  start: LoginStart,
  gatewayUrl: string,
  credentials = { login: 'trader@qenergyz.test', password: 'dev' },
): Promise<string> {
  let url = start.authorizeUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(`${gatewayUrl}/auth/callback/`)) return url;
    const response = await request(start.jar, url);
    if (response.status >= 300 && response.status < 400) {
      url = locationOf(response, url);
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/i.exec(page)?.[1];
    if (response.status !== 200 || !action)
      throw new Error(`unexpected page at ${url}: ${response.status}`);
    const posted = await request(start.jar, new URL(action.replaceAll('&amp;', '&'), url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(credentials).toString(),
    });
    url = locationOf(posted, url);
  }
  throw new Error('too many redirects during login');
}

/** Step 5: the gateway's callback; returns its response. */
export async function finishLogin(start: LoginStart, callbackUrl: string): Promise<Response> {
  return request(start.jar, callbackUrl);
}

export interface SignedIn {
  readonly jar: CookieJar;
  readonly csrfToken: string;
  readonly location: string;
  call(path: string, init?: RequestInit): Promise<Response>;
}

export async function signIn(
  gatewayUrl: string,
  credentials = { login: 'trader@qenergyz.test', password: 'dev' },
  query = '',
): Promise<SignedIn> {
  const start = await startLogin(gatewayUrl, query);
  const callback = await authorize(start, gatewayUrl, credentials);
  const finished = await finishLogin(start, callback);
  if (finished.status !== 302)
    throw new Error(`callback answered ${finished.status}: ${await finished.text()}`);

  const me = await request(start.jar, `${gatewayUrl}/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return {
    jar: start.jar,
    csrfToken,
    location: locationOf(finished, callback),
    call: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('x-csrf-token', csrfToken);
      if (init.body !== undefined) headers.set('content-type', 'application/json');
      return request(start.jar, `${gatewayUrl}${path}`, { ...init, headers });
    },
  };
}
