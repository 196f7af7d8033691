/**
 * The loading, error and empty states every data block needs, in one place
 * so they look and behave the same across the dashboard. While a reload is
 * in flight the previous data stays on screen; a failed reload shows the
 * error above the stale data instead of replacing it.
 */
import type { ReactNode } from 'react';
import type { Resource } from '../api/use-resource';
import { ProblemMessage } from './problem-message';

interface ResourceViewProps<T> {
  readonly resource: Resource<T>;
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly loadingLabel?: string;
  readonly children: (data: T) => ReactNode;
}

export function ResourceView<T>({
  resource,
  isEmpty,
  empty,
  loadingLabel = 'Loading…',
  children,
}: ResourceViewProps<T>) {
  const { status, data, problem, reload } = resource;
  const error = problem === null ? null : <ProblemMessage problem={problem} onRetry={reload} />;

  if (data === undefined) {
    if (status === 'error') return error;
    return (
      <p className="state state-loading" role="status">
        {loadingLabel}
      </p>
    );
  }

  const content =
    isEmpty !== undefined && isEmpty(data) ? (
      <p className="state state-empty">{empty ?? 'Nothing to show.'}</p>
    ) : (
      children(data)
    );

  return (
    <>
      {status === 'error' ? error : null}
      {content}
    </>
  );
}
