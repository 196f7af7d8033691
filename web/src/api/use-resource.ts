/**
 * Loads one piece of gateway data for a component and tracks its state. The
 * last good value is kept while a reload is in flight or after it fails, so a
 * refresh after a trade never blanks a table; a superseded or unmounted load
 * is aborted and its answer ignored.
 */
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { toProblem, type Problem } from './problem';

export type ResourceStatus = 'loading' | 'ready' | 'error';

export interface Resource<T> {
  readonly status: ResourceStatus;
  /** The latest value that loaded, if any. */
  readonly data: T | undefined;
  /** Why the latest load failed; null unless status is 'error'. */
  readonly problem: Problem | null;
  readonly reload: () => void;
}

interface State<T> {
  readonly status: ResourceStatus;
  readonly data: T | undefined;
  readonly problem: Problem | null;
}

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): Resource<T> {
  const [state, setState] = useState<State<T>>({
    status: 'loading',
    data: undefined,
    problem: null,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, status: 'loading', problem: null }));

    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, problem: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, status: 'error', problem: toProblem(error) }));
      },
    );

    return () => controller.abort();
    // `load` is a fresh closure on every render; `deps` say when its meaning changes.
  }, [...deps, generation]);

  return { ...state, reload };
}
