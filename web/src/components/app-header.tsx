/**
 * The bar across the top of every signed-in screen: the product, who is
 * signed in (name, jurisdiction, tier) and the way out. A failed sign-out is
 * reported here rather than pretending the session ended.
 */
import { useState } from 'react';
import type { User } from '../api/types';
import { toProblem, type Problem } from '../api/problem';
import { ProblemMessage } from './problem-message';

interface AppHeaderProps {
  readonly user: User;
  readonly onSignOut: () => Promise<void>;
}

export function AppHeader({ user, onSignOut }: AppHeaderProps) {
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function signOut(): Promise<void> {
    setSigningOut(true);
    setProblem(null);
    try {
      await onSignOut();
    } catch (error) {
      setProblem(toProblem(error));
      setSigningOut(false);
    }
  }

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Qenergyz</span>
      </div>
      <div className="identity">
        <span className="identity-name" data-testid="user-name">
          {user.name}
        </span>
        <span className="badge" title="Jurisdiction" data-testid="user-jurisdiction">
          {user.jurisdiction ?? 'No jurisdiction'}
        </span>
        <span className="badge badge-tier" title="Tier" data-testid="user-tier">
          {user.tier}
        </span>
        <button
          type="button"
          className="button button-ghost"
          data-testid="signout"
          disabled={signingOut}
          onClick={() => void signOut()}
        >
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
      {problem === null ? null : (
        <div className="app-header-alert">
          <ProblemMessage problem={problem} />
        </div>
      )}
    </header>
  );
}
