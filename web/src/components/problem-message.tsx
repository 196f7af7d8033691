/**
 * Shows a gateway problem to the user: its `detail` as plain text (React
 * escapes it; no markup from a response is ever rendered) and the request id
 * to quote to support. Announced to assistive technology as an alert.
 */
import type { Problem } from '../api/problem';

interface ProblemMessageProps {
  readonly problem: Problem;
  readonly onRetry?: () => void;
  readonly testId?: string;
}

export function ProblemMessage({ problem, onRetry, testId }: ProblemMessageProps) {
  return (
    <div className="message message-error" role="alert" data-testid={testId}>
      <p className="message-text">{problem.detail}</p>
      {problem.requestId === null ? null : (
        <p className="message-reference">
          Reference <code>{problem.requestId}</code>
        </p>
      )}
      {onRetry === undefined ? null : (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
