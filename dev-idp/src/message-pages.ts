// The provider's other pages: the error page (oidc-provider's renderError),
// the sign-out confirmation (logoutSource) and the signed-out page
// (postLogoutSuccessSource). They share the login page's frame and headers.
//
// Sign-out: when the relying party sends a valid id_token_hint for the user
// signed in here, the gateway is asking on that user's behalf, so the
// confirmation submits itself and ends the provider session. Otherwise the
// page asks first, which RP-Initiated Logout 1.0 section 2 requires when the
// hint is missing or names someone else. Limitation: any page holding an ID
// token of the user can sign them out of this provider without a prompt;
// acceptable for a development provider.

import type { ErrorOut, KoaContextWithOIDC } from 'oidc-provider';

import { escapeHtml, renderPage, type RenderedPage } from './page-layout.js';

const AUTO_SUBMIT_SCRIPT =
  "document.addEventListener('DOMContentLoaded', function () { document.forms[0].submit(); });";

function send(ctx: KoaContextWithOIDC, page: RenderedPage): void {
  for (const [name, value] of Object.entries(page.headers)) {
    ctx.set(name, value);
  }
  ctx.body = page.html;
}

export function renderErrorPage(fields: Readonly<Record<string, unknown>>): RenderedPage {
  const details = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('\n');

  const body = `<h1>Something went wrong</h1>
<p class="muted">The identity provider could not complete the request.</p>
<dl>
${details}
</dl>`;

  return renderPage({ title: 'Qenergyz Dev IdP — error', body });
}

/** oidc-provider `renderError`: the status is already set by the provider. */
export function renderError(ctx: KoaContextWithOIDC, out: ErrorOut): void {
  send(ctx, renderErrorPage({ ...out }));
}

/** oidc-provider `features.rpInitiatedLogout.logoutSource`. */
export function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  const hintSubject = ctx.oidc.entities.IdTokenHint?.payload.sub;
  const signedIn = ctx.oidc.session?.accountId;

  if (hintSubject !== undefined && hintSubject === signedIn) {
    const body = `<h1>Signing out</h1>
<p class="muted">Ending your session with the Qenergyz development identity provider.</p>
${form}
<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<noscript><button type="submit" form="op.logoutForm">Continue</button></noscript>`;
    send(
      ctx,
      renderPage({ title: 'Qenergyz Dev IdP — sign out', body, scripts: [AUTO_SUBMIT_SCRIPT] }),
    );
    return;
  }

  const body = `<h1>Sign out?</h1>
<p class="muted">Do you want to end your session with ${escapeHtml(ctx.host)}?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary">No, stay signed in</button>`;
  send(ctx, renderPage({ title: 'Qenergyz Dev IdP — sign out', body }));
}

/** oidc-provider `features.rpInitiatedLogout.postLogoutSuccessSource`. */
export function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  const body = `<h1>Signed out</h1>
<p class="muted">Your session with the Qenergyz development identity provider has ended.
You can close this page.</p>`;
  send(ctx, renderPage({ title: 'Qenergyz Dev IdP — signed out', body }));
}
