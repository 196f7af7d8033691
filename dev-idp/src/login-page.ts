// The sign-in page of an interaction: a form posting `login` and `password`
// to /interaction/:uid/login, the optional error of the previous attempt, and
// the table of fixture accounts. Every value that came from a request (the
// typed login, the client id, the interaction uid) is escaped.

import { FIXTURE_PASSWORD, FIXTURE_USERS } from './fixture-users.js';
import { escapeHtml, renderPage, type RenderedPage } from './page-layout.js';

export const LOGIN_PAGE_TITLE = 'Qenergyz Dev IdP — sign in';
export const INVALID_CREDENTIALS_MESSAGE = 'Invalid email or password';

export interface LoginPageModel {
  /** The interaction the form belongs to. */
  uid: string;
  /** The client asking for the sign-in, shown for orientation. */
  clientId?: string | undefined;
  /** The value to put back into the email field. */
  login?: string | undefined;
  /** Shown above the form when the previous attempt failed. */
  error?: string | undefined;
}

function fixtureTable(): string {
  const rows = FIXTURE_USERS.map(
    (user) =>
      `<tr><td><code>${escapeHtml(user.email)}</code></td><td>${escapeHtml(user.name)}</td>` +
      `<td>${escapeHtml(user.roles.join(', '))}</td><td>${escapeHtml(user.tier)}</td></tr>`,
  ).join('\n');

  return `<h2>Fixture users</h2>
<p class="muted">Every account uses the password <code>${escapeHtml(FIXTURE_PASSWORD)}</code>.</p>
<table>
<thead><tr><th>Email</th><th>Name</th><th>Roles</th><th>Tier</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function loginFormAction(uid: string): string {
  return `/interaction/${encodeURIComponent(uid)}/login`;
}

export function renderLoginPage(model: LoginPageModel): RenderedPage {
  const client =
    model.clientId === undefined
      ? ''
      : `<p class="muted">Signing in to <strong>${escapeHtml(model.clientId)}</strong></p>`;
  const error =
    model.error === undefined ? '' : `<p class="error" role="alert">${escapeHtml(model.error)}</p>`;

  const body = `<h1>Sign in</h1>
<p class="muted">Qenergyz development identity provider</p>
${client}
${error}
<form method="post" action="${escapeHtml(loginFormAction(model.uid))}" autocomplete="off">
<label for="login">Email</label>
<input id="login" name="login" type="email" value="${escapeHtml(model.login ?? '')}" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" required>
<button type="submit">Sign in</button>
</form>
${fixtureTable()}`;

  return renderPage({ title: LOGIN_PAGE_TITLE, body });
}
