/**
 * The framed section every dashboard block sits in: a heading that names the
 * region for screen readers, optional controls beside it, and the content.
 */
import { useId, type ReactNode } from 'react';

interface PanelProps {
  readonly title: string;
  readonly testId?: string;
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Panel({ title, testId, actions, className, children }: PanelProps) {
  const headingId = useId();

  return (
    <section
      className={className === undefined ? 'panel' : `panel ${className}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions === undefined ? null : <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
