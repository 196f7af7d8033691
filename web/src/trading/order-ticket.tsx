/**
 * The order ticket. A submission is checked locally first (whole lots, a
 * limit price for limit orders), then sent once: the button is disabled while
 * the gateway runs its portfolio, risk and compliance checks, and the API
 * client attaches a fresh Idempotency-Key to every submission.
 */
import { useState, type FormEvent } from 'react';
import { gateway } from '../api';
import { toProblem } from '../api/problem';
import type { Instrument, Order, Quote } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { ProblemMessage } from '../components/problem-message';
import { emptyDraft, validateDraft, type OrderDraft } from './order-form';
import { OrderFields } from './order-fields';
import { TradeOutcome, type Outcome } from './trade-outcome';

interface OrderTicketProps {
  readonly instruments: Resource<readonly Instrument[]>;
  readonly quotes: readonly Quote[];
  readonly onPlaced: (order: Order) => void;
  /** The gateway says onboarding is not complete after all: re-read the session. */
  readonly onOnboardingRequired: () => void;
}

export function OrderTicket({
  instruments,
  quotes,
  onPlaced,
  onOnboardingRequired,
}: OrderTicketProps) {
  const list = instruments.data ?? [];
  const [draft, setDraft] = useState<OrderDraft>(() => emptyDraft(''));
  const [submitting, setSubmitting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const current: OrderDraft =
    draft.instrument === '' ? { ...draft, instrument: list[0]?.symbol ?? '' } : draft;
  const invalidFields =
    outcome?.kind === 'invalid' ? new Set(outcome.errors.map((error) => error.field)) : new Set();

  function change(patch: Partial<OrderDraft>): void {
    setDraft({ ...current, ...patch });
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (submitting) return;

    const checked = validateDraft(current);
    if (!checked.ok) {
      setOutcome({ kind: 'invalid', errors: checked.errors });
      return;
    }

    setSubmitting(true);
    setOutcome(null);
    try {
      const order = await gateway.placeTrade(checked.trade);
      setOutcome({ kind: 'placed', order });
      onPlaced(order);
    } catch (error) {
      const problem = toProblem(error);
      setOutcome({ kind: 'failed', problem });
      if (problem.code === 'onboarding_required') onOnboardingRequired();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Panel title="Order ticket" testId="order-ticket" className="panel-ticket">
      {instruments.problem !== null && list.length === 0 ? (
        <ProblemMessage problem={instruments.problem} onRetry={instruments.reload} />
      ) : null}
      <form className="form ticket" noValidate onSubmit={(event) => void submit(event)}>
        <OrderFields
          draft={current}
          instruments={list}
          quotes={quotes}
          invalid={(field) => invalidFields.has(field)}
          onChange={change}
        />
        <button
          type="submit"
          className={`button button-block ${current.side === 'sell' ? 'button-sell' : 'button-buy'}`}
          disabled={submitting || list.length === 0}
          aria-busy={submitting}
        >
          Place order
        </button>
        <div aria-live="polite">
          <TradeOutcome outcome={outcome} />
        </div>
      </form>
    </Panel>
  );
}
