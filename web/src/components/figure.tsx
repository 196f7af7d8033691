/**
 * A labelled number inside a `<dl>`: the label as the term, the value as the
 * definition, tinted by whether it is a gain or a loss.
 */

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly testId?: string;
  readonly tone?: 'up' | 'down' | 'flat';
}

export function Figure({ label, value, testId, tone }: FigureProps) {
  const className = tone === undefined ? 'num' : `num trend-${tone}`;

  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd className={className} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
