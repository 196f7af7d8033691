/**
 * The app's one decision: which screen the session calls for. Signed out goes
 * to sign-in, signed in but not onboarded goes to onboarding, everyone else
 * trades. There is no client-side router: the gateway serves this page at `/`
 * and the session, not the URL, decides what is shown.
 */
import { useSession } from './auth/use-session';
import { SignInPage } from './auth/sign-in-page';
import { ProblemMessage } from './components/problem-message';
import { DashboardPage } from './dashboard/dashboard-page';
import { OnboardingPage } from './onboarding/onboarding-page';

export function App() {
  const { state, refresh, signOut, completeOnboarding } = useSession();

  switch (state.status) {
    case 'loading':
      return (
        <main className="splash">
          <p className="state state-loading" role="status">
            Loading Qenergyz…
          </p>
        </main>
      );

    case 'error':
      return (
        <main className="splash">
          <div className="splash-card">
            <h1>Qenergyz is unavailable</h1>
            <ProblemMessage problem={state.problem} onRetry={() => void refresh()} />
          </div>
        </main>
      );

    case 'signed-out':
      return <SignInPage expired={state.expired} />;

    case 'signed-in':
      return state.user.onboarded ? (
        <DashboardPage
          user={state.user}
          onSignOut={signOut}
          onOnboardingRequired={() => void refresh()}
        />
      ) : (
        <OnboardingPage user={state.user} onSignOut={signOut} onCompleted={completeOnboarding} />
      );
  }
}
