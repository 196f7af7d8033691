/**
 * A row of toggle buttons for choosing one of a few options (instrument,
 * range). Buttons rather than a select so every choice is one click away;
 * `aria-pressed` tells assistive technology which one is active.
 */

interface SegmentedControlProps<T extends string> {
  readonly label: string;
  readonly options: readonly T[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly testIdPrefix?: string;
}

export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  testIdPrefix,
}: SegmentedControlProps<T>) {
  if (options.length === 0) return null;

  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="segment"
          aria-pressed={option === value}
          data-testid={testIdPrefix === undefined ? undefined : `${testIdPrefix}-${option}`}
          onClick={() => onChange(option)}
        >
          {option}
        </button>
      ))}
    </div>
  );
}
