/**
 * The figures above the chart for the range on screen: last price, the move
 * since the first point of the range, and the low and high. Spelled out in
 * text because the canvas cannot be read by assistive technology.
 */
import {
  direction,
  formatChange,
  formatChangePercent,
  formatPrice,
} from '../format/display-format';
import { valueBounds, type ChartPoint } from './chart-range';

interface ChartSummaryProps {
  readonly points: readonly ChartPoint[];
  readonly symbol: string;
  readonly unit: string;
  readonly loading: boolean;
}

export function ChartSummary({ points, symbol, unit, loading }: ChartSummaryProps) {
  const first = points[0];
  const last = points.at(-1);
  const bounds = valueBounds(points);
  if (first === undefined || last === undefined || bounds === null) return null;

  const change = last.value - first.value;
  const percent = formatChangePercent(last.value, change);

  return (
    <div className="chart-summary" aria-live="polite" aria-busy={loading}>
      <div className="chart-last">
        <span className="chart-symbol">{symbol}</span>
        <span className="num chart-price" data-testid="chart-last-price">
          {formatPrice(last.value)}
        </span>
        <span className="unit">{unit}</span>
        <span className={`num trend-${direction(change)}`}>
          {formatChange(change)}
          {percent === null ? '' : ` (${percent})`}
        </span>
      </div>
      <dl className="chart-stats">
        <div>
          <dt>From</dt>
          <dd className="num">{first.time}</dd>
        </div>
        <div>
          <dt>To</dt>
          <dd className="num">{last.time}</dd>
        </div>
        <div>
          <dt>Low</dt>
          <dd className={`num trend-${bounds.min < 0 ? 'down' : 'flat'}`}>
            {formatPrice(bounds.min)}
          </dd>
        </div>
        <div>
          <dt>High</dt>
          <dd className="num">{formatPrice(bounds.max)}</dd>
        </div>
      </dl>
    </div>
  );
}
