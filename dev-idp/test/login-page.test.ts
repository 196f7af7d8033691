// The sign-in page and its form post: what the page shows, how a failed
// attempt is answered, and which requests the form endpoint turns away.

import type * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIXTURE_USERS, type RunningDevIdp } from '../src/index.js';
import { renderLoginPage } from '../src/login-page.js';
import { formActionOf, IdpBrowser, locationOf } from './support/idp-browser.js';
import { beginSignIn } from './support/sign-in.js';
import { relyingParty, startTestIdp } from './support/test-idp.js';

interface OpenInteraction {
  browser: IdpBrowser;
  pageUrl: URL;
  page: Response;
  html: string;
}

describe('sign-in page', () => {
  let idp: RunningDevIdp;
  let config: client.Configuration;

  beforeAll(async () => {
    idp = await startTestIdp();
    config = await relyingParty(idp);
  });

  afterAll(async () => {
    await idp.close();
  });

  async function openInteraction(extra: Record<string, string> = {}): Promise<OpenInteraction> {
    const browser = new IdpBrowser();
    const { url } = await beginSignIn(config, extra);
    const pageUrl = locationOf(await browser.get(url), url);
    const page = await browser.get(pageUrl);
    return { browser, pageUrl, page, html: await page.text() };
  }

  it('renders the form with login and password fields, and the fixture users', async () => {
    const { pageUrl, page, html } = await openInteraction();

    expect(page.status).toBe(200);
    expect(html).toContain('<title>Qenergyz Dev IdP — sign in</title>');
    expect(html).toContain(`<form method="post" action="${pageUrl.pathname}/login"`);
    expect(html).toMatch(/<input id="login" name="login" type="email" value=""/);
    expect(html).toMatch(/<input id="password" name="password" type="password"/);
    expect(html).toContain('<button type="submit">Sign in</button>');
    expect(html).toContain('Every account uses the password <code>dev</code>.');
    for (const user of FIXTURE_USERS) {
      expect(html).toContain(`<code>${user.email}</code>`);
    }
  });

  it('is served as uncacheable HTML that loads nothing external and cannot be framed', async () => {
    const { page, html } = await openInteraction();

    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; style-src 'sha256-[\w+/=]+'; script-src 'none'; base-uri 'none'; frame-ancestors 'none'$/,
    );
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('prefills the email from login_hint, escaped', async () => {
    const { html } = await openInteraction({ login_hint: 'a"><b>@qenergyz.test' });

    expect(html).toContain('value="a&quot;&gt;&lt;b&gt;@qenergyz.test"');
    expect(html).not.toContain('<b>');
  });

  it('answers a wrong password with 401, the error and the typed email kept', async () => {
    const { browser, pageUrl, html } = await openInteraction();

    const response = await browser.postForm(formActionOf(html, pageUrl), {
      login: 'trader@qenergyz.test',
      password: 'not-dev',
    });
    const body = await response.text();

    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('location')).toBeNull();
    expect(body).toContain('<p class="error" role="alert">Invalid email or password</p>');
    expect(body).toContain('value="trader@qenergyz.test"');
  });

  it('answers an unknown email like a wrong password', async () => {
    const { browser, pageUrl, html } = await openInteraction();

    const response = await browser.postForm(formActionOf(html, pageUrl), {
      login: 'nobody@qenergyz.test',
      password: 'dev',
    });

    expect(response.status).toBe(401);
    expect(await response.text()).toContain('Invalid email or password');
  });

  it('escapes a script typed as the email when the page comes back', async () => {
    const { browser, pageUrl, html } = await openInteraction();

    const response = await browser.postForm(formActionOf(html, pageUrl), {
      login: '<script>alert(1)</script>',
      password: 'dev',
    });
    const body = await response.text();

    expect(response.status).toBe(401);
    expect(body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(body).not.toContain('<script>');
  });

  it('still accepts the right password after a failed attempt', async () => {
    const { browser, pageUrl, html } = await openInteraction();
    const action = formActionOf(html, pageUrl);

    await browser.postForm(action, { login: 'admin@qenergyz.test', password: 'wrong' });
    const response = await browser.postForm(action, {
      login: 'admin@qenergyz.test',
      password: 'dev',
    });

    expect(response.status).toBe(303);
    expect(locationOf(response, action).pathname).toMatch(/^\/auth\/[\w-]+$/);
  });

  it('refuses a form body that is not URL-encoded with 415', async () => {
    const { browser, pageUrl, html } = await openInteraction();

    const response = await browser.postForm(
      formActionOf(html, pageUrl),
      { login: 'trader@qenergyz.test', password: 'dev' },
      'application/json',
    );

    expect(response.status).toBe(415);
    expect(await response.text()).toContain('application/x-www-form-urlencoded');
  });

  it('refuses a form body over 16 KiB with 413', async () => {
    const { browser, pageUrl, html } = await openInteraction();

    const response = await browser.postForm(formActionOf(html, pageUrl), {
      login: 'x'.repeat(17 * 1024),
      password: 'dev',
    });

    expect(response.status).toBe(413);
  });

  it('answers an interaction this browser did not start with 400', async () => {
    const { pageUrl } = await openInteraction();

    const response = await new IdpBrowser().get(pageUrl);

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('interaction_expired');
  });

  it('answers a GET of the form endpoint with 405 and Allow: POST', async () => {
    const { browser, pageUrl } = await openInteraction();

    const response = await browser.get(`${pageUrl.href}/login`);

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('renderLoginPage', () => {
  it('escapes the interaction uid in the form action and the client id', () => {
    const { html } = renderLoginPage({ uid: 'a"b<c', clientId: '<gateway>' });

    expect(html).toContain('action="/interaction/a%22b%3Cc/login"');
    expect(html).toContain('<strong>&lt;gateway&gt;</strong>');
  });

  it('shows no error paragraph unless an error is given', () => {
    expect(renderLoginPage({ uid: 'u1' }).html).not.toContain('class="error"');
    expect(renderLoginPage({ uid: 'u1', error: 'Nope' }).html).toContain(
      '<p class="error" role="alert">Nope</p>',
    );
  });
});
