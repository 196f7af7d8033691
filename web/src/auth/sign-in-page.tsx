/**
 * The page for anyone without a session. Each configured identity provider
 * gets a plain link: signing in is a full-page navigation to the gateway,
 * which runs the OpenID flow and sends the browser back to `returnTo` (the
 * path the user was on; the gateway accepts only same-origin paths).
 */
import { useState } from 'react';

import { gateway } from '../api';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/resource-view';

interface SignInPageProps {
  /** True when a session that was on screen has just ended. */
  readonly expired: boolean;
}

const LOGIN_ERROR_PARAM = 'login_error';

const LOGIN_ERRORS: Record<string, string> = {
  login_state_invalid: 'That sign-in attempt expired or was already used. Please sign in again.',
  login_binding_mismatch:
    'The sign-in was finished in another browser than the one that started it.',
  login_issuer_mismatch: 'The sign-in answer came from an unexpected identity provider.',
  login_failed: 'The identity provider did not complete the sign-in.',
  provider_unavailable: 'The identity provider is unavailable right now. Try again shortly.',
  provider_unknown: 'That identity provider is not configured.',
  upstream_unavailable: 'A Qenergyz service is unavailable right now. Try again shortly.',
  upstream_timeout: 'A Qenergyz service did not answer in time. Try again shortly.',
};

/** Reads the reason a login ended here, and removes it from the address bar. */
function takeLoginError(): string | undefined {
  const url = new URL(window.location.href);
  const code = url.searchParams.get(LOGIN_ERROR_PARAM);
  if (code === null) return undefined;
  url.searchParams.delete(LOGIN_ERROR_PARAM);
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  return LOGIN_ERRORS[code] ?? 'Sign-in did not complete. Please try again.';
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export function SignInPage({ expired }: SignInPageProps) {
  const providers = useResource((signal) => gateway.getProviders(signal), []);
  const [loginError] = useState(takeLoginError);

  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          <h1 className="brand-name">Qenergyz</h1>
        </div>
        <p className="auth-tagline">
          Energy trading and risk management: trade Brent, WTI and Henry Hub, and watch P&amp;L and
          value at risk as you go.
        </p>

        {loginError ? (
          <p className="message message-error" role="alert" data-testid="login-error">
            {loginError}
          </p>
        ) : null}

        {expired ? (
          <p className="message message-info" role="status" data-testid="session-expired">
            Your session has ended. Sign in again to continue.
          </p>
        ) : null}

        <ResourceView
          resource={providers}
          loadingLabel="Loading sign-in options…"
          isEmpty={(list) => list.length === 0}
          empty="No sign-in provider is configured on this gateway."
        >
          {(list) => (
            <ul className="provider-list">
              {list.map((provider) => (
                <li key={provider.id}>
                  <a
                    className="button button-primary button-block"
                    href={gateway.loginUrl(provider.id, currentPath())}
                    data-testid={`signin-${provider.id}`}
                  >
                    Sign in with {provider.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </ResourceView>

        <p className="auth-footnote">
          Your credentials stay with your identity provider; the gateway keeps the session.
        </p>
      </div>
    </main>
  );
}
