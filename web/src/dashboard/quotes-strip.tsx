/**
 * The latest price of each instrument with its change on the previous close.
 * Units come from the instrument catalogue when it has loaded, so "95.29"
 * reads as "95.29 USD/bbl"; an arrow marks the direction so the move reads
 * without relying on colour.
 */
import type { Dashboard, Instrument } from '../api/types';
import type { Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { ResourceView } from '../components/resource-view';
import {
  direction,
  formatChange,
  formatChangePercent,
  formatDateTime,
  formatPrice,
} from '../format/display-format';

interface QuotesStripProps {
  readonly dashboard: Resource<Dashboard>;
  readonly instruments: readonly Instrument[];
}

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

export function QuotesStrip({ dashboard, instruments }: QuotesStripProps) {
  return (
    <Panel title="Markets" testId="quotes" className="panel-quotes">
      <ResourceView
        resource={dashboard}
        loadingLabel="Loading quotes…"
        isEmpty={(data) => data.quotes.length === 0}
        empty="No quotes available right now."
      >
        {(data) => (
          <ul className="quote-list">
            {data.quotes.map((quote) => {
              const instrument = instruments.find((item) => item.symbol === quote.symbol);
              const trend = direction(quote.change);
              const percent = formatChangePercent(quote.price, quote.change);

              return (
                <li key={quote.symbol} className="quote" data-testid={`quote-${quote.symbol}`}>
                  <div className="quote-head">
                    <span className="quote-symbol">{quote.symbol}</span>
                    <span className="quote-name">{instrument?.name ?? ''}</span>
                  </div>
                  <div className="quote-price num" data-testid={`quote-price-${quote.symbol}`}>
                    {formatPrice(quote.price)}
                    {instrument === undefined ? null : (
                      <span className="unit"> {instrument.quoteUnit}</span>
                    )}
                  </div>
                  <div
                    className={`quote-change num trend-${trend}`}
                    data-testid={`quote-change-${quote.symbol}`}
                  >
                    <span aria-hidden="true">{ARROWS[trend]} </span>
                    {formatChange(quote.change)}
                    {percent === null ? null : ` (${percent})`}
                  </div>
                  <div className="quote-asof">as of {formatDateTime(quote.asOf)}</div>
                </li>
              );
            })}
          </ul>
        )}
      </ResourceView>
    </Panel>
  );
}
