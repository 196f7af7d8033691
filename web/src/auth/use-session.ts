/**
 * Who is signed in, as the gateway sees it. `/auth/me` is the only source:
 * the app never decodes or stores a token, and the CSRF token it returns
 * stays inside the API client. Any 401 from the gateway, on any call, ends
 * the session here too and sends the user back to the sign-in page.
 */
import { useCallback, useEffect, useState } from 'react';
import { gateway, type GatewayApi } from '../api';
import { ApiError, toProblem, type Problem } from '../api/problem';
import type { User } from '../api/types';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly expired: boolean }
  | { readonly status: 'signed-in'; readonly user: User }
  | { readonly status: 'error'; readonly problem: Problem };

export interface Session {
  readonly state: SessionState;
  /** Reads `/auth/me` again, e.g. after onboarding or a 403 that says it is needed. */
  readonly refresh: () => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** Takes the user the onboarding call answered with, then confirms it with `/auth/me`. */
  readonly completeOnboarding: (user: User) => Promise<void>;
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

export function useSession(api: GatewayApi = gateway): Session {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(
    () =>
      api.onSessionLost(() =>
        setState((previous) => ({
          status: 'signed-out',
          expired: previous.status === 'signed-in',
        })),
      ),
    [api],
  );

  const load = useCallback(
    async (onboardedUser?: User): Promise<void> => {
      try {
        const { user } = await api.getMe();
        const confirmed =
          onboardedUser === undefined || user.onboarded
            ? user
            : { ...user, ...onboardedUser, onboarded: true };
        setState({ status: 'signed-in', user: confirmed });
      } catch (error) {
        if (isUnauthorized(error)) return;
        // A failed re-read keeps a session that is already on screen.
        setState((previous) =>
          previous.status === 'signed-in'
            ? previous
            : { status: 'error', problem: toProblem(error) },
        );
      }
    },
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const refresh = useCallback((): Promise<void> => {
    setState((previous) => (previous.status === 'error' ? { status: 'loading' } : previous));
    return load();
  }, [load]);

  const completeOnboarding = useCallback(
    async (user: User): Promise<void> => {
      setState({ status: 'signed-in', user: { ...user, onboarded: true } });
      await load(user);
    },
    [load],
  );

  const signOut = useCallback(async (): Promise<void> => {
    try {
      await api.logout();
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
    }
    setState({ status: 'signed-out', expired: false });
    // The gateway session is gone; this ends the identity provider's session
    // too and comes back to the sign-in page.
    window.location.assign('/auth/end-session');
  }, [api]);

  return { state, refresh, signOut, completeOnboarding };
}
