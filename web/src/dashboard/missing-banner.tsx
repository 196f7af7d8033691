/**
 * The dashboard is assembled from several services; when some did not answer
 * the gateway still returns what it has and names the rest in `missing`. This
 * banner says which figures are absent so a partial screen is never mistaken
 * for a complete one.
 */

interface MissingBannerProps {
  readonly missing: readonly string[];
}

const SERVICE_LABELS: Readonly<Record<string, string>> = {
  market: 'market data',
  trading: 'trading',
  risk: 'risk',
  compliance: 'compliance',
  accounts: 'accounts',
  portfolio: 'portfolio',
};

function label(service: string): string {
  return SERVICE_LABELS[service] ?? service;
}

export function MissingBanner({ missing }: MissingBannerProps) {
  if (missing.length === 0) return null;

  const names = missing.map(label).join(', ');
  return (
    <div className="banner banner-warning" role="status" data-testid="missing-banner">
      <strong>Partial data.</strong> These services did not answer: {names}. The figures that depend
      on them are not shown and may be out of date.
    </div>
  );
}
