/**
 * What happened to the last submission. An accepted order gets a one-line
 * headline ("Order filled at 95.29"); a refused one lists every risk and
 * compliance reason the gateway gave, each as its own alert, so the trader
 * sees all of them at once instead of fixing one and meeting the next.
 */
import type { Problem } from '../api/problem';
import type { Order } from '../api/types';
import { describeOrder, summarizeOrder, type DraftError } from './order-form';

export type Outcome =
  | { readonly kind: 'placed'; readonly order: Order }
  | { readonly kind: 'failed'; readonly problem: Problem }
  | { readonly kind: 'invalid'; readonly errors: readonly DraftError[] };

const SOURCE_LABELS = { risk: 'Risk', compliance: 'Compliance' } as const;

interface TradeOutcomeProps {
  readonly outcome: Outcome | null;
}

export function TradeOutcome({ outcome }: TradeOutcomeProps) {
  if (outcome === null) return null;

  if (outcome.kind === 'placed') {
    return (
      <div className="message message-success">
        <p className="message-text" role="status" data-testid="trade-success">
          {describeOrder(outcome.order)}
        </p>
        <p className="message-reference">{summarizeOrder(outcome.order)}</p>
      </div>
    );
  }

  if (outcome.kind === 'invalid') {
    return (
      <div className="message message-error">
        {outcome.errors.map((error) => (
          <p key={error.field} className="message-text" role="alert" data-testid="trade-error">
            {error.message}
          </p>
        ))}
      </div>
    );
  }

  const { problem } = outcome;
  return (
    <div className="message message-error">
      {problem.reasons.length === 0 ? (
        <p className="message-text" role="alert" data-testid="trade-error">
          {problem.detail}
        </p>
      ) : (
        <>
          <p className="message-title">{problem.detail}</p>
          <ul className="reasons">
            {problem.reasons.map((reason, index) => (
              <li key={`${reason.rule}-${index}`} className="reason">
                <span className={`reason-source reason-${reason.source}`}>
                  {SOURCE_LABELS[reason.source]}
                </span>
                <span role="alert" data-testid="trade-error">
                  {reason.message}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem.requestId === null ? null : (
        <p className="message-reference">
          Reference <code>{problem.requestId}</code>
        </p>
      )}
    </div>
  );
}
