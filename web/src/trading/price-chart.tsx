/**
 * Daily price history of one instrument, with a choice of instrument and of
 * range. Each instrument's full history is fetched once and cut to the range
 * in the browser, so switching range is instant and needs no request.
 */
import { useMemo, useRef, useState } from 'react';
import { gateway } from '../api';
import type { Instrument, PriceHistory } from '../api/types';
import { useResource, type Resource } from '../api/use-resource';
import { Panel } from '../components/panel';
import { ResourceView } from '../components/resource-view';
import { SegmentedControl } from '../components/segmented-control';
import { ChartCanvas } from './chart-canvas';
import { filterRange, RANGE_KEYS, toChartPoints, type RangeKey } from './chart-range';
import { ChartSummary } from './chart-summary';

interface PriceChartProps {
  readonly instruments: Resource<readonly Instrument[]>;
}

export function PriceChart({ instruments }: PriceChartProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<RangeKey>('1Y');
  const cache = useRef(new Map<string, PriceHistory>());

  const list = instruments.data ?? [];
  const symbol = chosen ?? list[0]?.symbol ?? null;
  const instrument = list.find((item) => item.symbol === symbol);

  const history = useResource(
    async (signal): Promise<PriceHistory | null> => {
      if (symbol === null) return null;
      const cached = cache.current.get(symbol);
      if (cached !== undefined) return cached;

      const loaded = await gateway.getPrices(symbol, undefined, signal);
      cache.current.set(symbol, loaded);
      return loaded;
    },
    [symbol],
  );

  const points = useMemo(() => toChartPoints(history.data?.prices ?? []), [history.data]);
  const visible = useMemo(() => filterRange(points, range), [points, range]);

  const controls = (
    <>
      <SegmentedControl
        label="Chart instrument"
        testIdPrefix="chart-instrument"
        options={list.map((item) => item.symbol)}
        value={symbol}
        onChange={setChosen}
      />
      <SegmentedControl
        label="Chart range"
        testIdPrefix="chart-range"
        options={RANGE_KEYS}
        value={range}
        onChange={(key) => setRange(key)}
      />
    </>
  );

  return (
    <Panel title="Price history" testId="price-chart" actions={controls} className="panel-chart">
      <ResourceView resource={instruments} loadingLabel="Loading instruments…">
        {() => (
          <ResourceView
            resource={history}
            loadingLabel="Loading prices…"
            isEmpty={() => points.length === 0}
            empty="No price history for this instrument."
          >
            {(data) => (
              <>
                <ChartSummary
                  points={visible}
                  symbol={data?.symbol ?? symbol ?? ''}
                  unit={instrument?.quoteUnit ?? data?.unit ?? ''}
                  loading={history.status === 'loading'}
                />
                <ChartCanvas
                  points={visible}
                  description={`${symbol ?? ''} daily prices, range ${range}`}
                />
              </>
            )}
          </ResourceView>
        )}
      </ResourceView>
      <p className="chart-credit">
        Charting by{' '}
        <a href="https://www.tradingview.com/" target="_blank" rel="noopener noreferrer">
          TradingView Lightweight Charts™
        </a>
        , copyright TradingView, Inc.
      </p>
    </Panel>
  );
}
