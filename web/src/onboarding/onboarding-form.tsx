/**
 * The onboarding form: company, jurisdiction and acceptance of the current
 * terms. The gateway validates every field; its 400/422 detail is shown next
 * to the form as sent, so the rule a user broke is named by the server that
 * enforces it.
 */
import { useState, type FormEvent } from 'react';
import { gateway } from '../api';
import { toProblem, type Problem } from '../api/problem';
import type { JurisdictionCode, OnboardingInfo, User } from '../api/types';
import { ProblemMessage } from '../components/problem-message';

interface OnboardingFormProps {
  readonly user: User;
  readonly options: OnboardingInfo;
  readonly onCompleted: (user: User) => Promise<void>;
}

function initialJurisdiction(user: User, options: OnboardingInfo): JurisdictionCode | '' {
  const known = options.jurisdictions.some((item) => item.code === user.jurisdiction);
  if (known && user.jurisdiction !== null) return user.jurisdiction;
  return options.jurisdictions[0]?.code ?? '';
}

export function OnboardingForm({ user, options, onCompleted }: OnboardingFormProps) {
  const [company, setCompany] = useState(user.company ?? '');
  const [jurisdiction, setJurisdiction] = useState(() => initialJurisdiction(user, options));
  const [terms, setTerms] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!terms || submitting || jurisdiction === '') return;

    setSubmitting(true);
    setProblem(null);
    try {
      const updated = await gateway.completeOnboarding({
        company: company.trim(),
        jurisdiction,
        termsVersion: options.termsVersion,
      });
      await onCompleted(updated);
    } catch (error) {
      setProblem(toProblem(error));
      setSubmitting(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="onboarding-company">Company</label>
        <input
          id="onboarding-company"
          name="company"
          type="text"
          autoComplete="organization"
          aria-required="true"
          maxLength={200}
          value={company}
          onChange={(event) => setCompany(event.target.value)}
        />
      </div>

      <div className="field">
        <label htmlFor="onboarding-jurisdiction">Jurisdiction</label>
        <select
          id="onboarding-jurisdiction"
          name="jurisdiction"
          value={jurisdiction}
          onChange={(event) => setJurisdiction(event.target.value as JurisdictionCode)}
        >
          {options.jurisdictions.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
      </div>

      <div className="field field-check">
        <input
          id="onboarding-terms"
          name="terms"
          type="checkbox"
          checked={terms}
          onChange={(event) => setTerms(event.target.checked)}
        />
        <label htmlFor="onboarding-terms">
          I accept the Qenergyz terms of service, version {options.termsVersion}
        </label>
      </div>

      {problem === null ? null : <ProblemMessage problem={problem} testId="onboarding-error" />}

      <button
        type="submit"
        className="button button-primary"
        disabled={!terms || submitting || jurisdiction === ''}
      >
        Complete onboarding
      </button>
    </form>
  );
}
