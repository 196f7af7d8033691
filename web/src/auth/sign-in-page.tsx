/**
 * The page for anyone without a session. Each configured identity provider
 * gets a plain link: signing in is a full-page navigation to the gateway,
 * which runs the OpenID flow and sends the browser back to `returnTo` (the
 * path the user was on; the gateway accepts only same-origin paths).
 */
import { gateway } from '../api';
import { useResource } from '../api/use-resource';
import { ResourceView } from '../components/resource-view';

interface SignInPageProps {
  /** True when a session that was on screen has just ended. */
  readonly expired: boolean;
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export function SignInPage({ expired }: SignInPageProps) {
  const providers = useResource((signal) => gateway.getProviders(signal), []);

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
