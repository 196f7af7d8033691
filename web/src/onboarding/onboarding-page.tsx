/**
 * What a signed-in user sees until onboarding is complete: the terms version
 * and the jurisdictions on offer come from the gateway, so the form never
 * accepts a version the back end does not know.
 */
import { gateway } from '../api';
import type { User } from '../api/types';
import { useResource } from '../api/use-resource';
import { AppHeader } from '../components/app-header';
import { ResourceView } from '../components/resource-view';
import { OnboardingForm } from './onboarding-form';

interface OnboardingPageProps {
  readonly user: User;
  readonly onSignOut: () => Promise<void>;
  readonly onCompleted: (user: User) => Promise<void>;
}

export function OnboardingPage({ user, onSignOut, onCompleted }: OnboardingPageProps) {
  const info = useResource((signal) => gateway.getOnboarding(signal), []);

  return (
    <div className="app-shell">
      <AppHeader user={user} onSignOut={onSignOut} />
      <main className="onboarding-page">
        <section className="onboarding-card" aria-labelledby="onboarding-title">
          <h1 id="onboarding-title">Set up your trading account</h1>
          <p className="onboarding-intro">
            Tell us which company you trade for and where it is regulated. Your jurisdiction decides
            the compliance checks every order goes through.
          </p>
          <ResourceView resource={info} loadingLabel="Loading onboarding options…">
            {(options) => (
              <OnboardingForm user={user} options={options} onCompleted={onCompleted} />
            )}
          </ResourceView>
        </section>
      </main>
    </div>
  );
}
