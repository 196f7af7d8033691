/**
 * The lightweight-charts surface for one price series. The chart is created
 * once per mount and sized by its container (`autoSize` uses a
 * ResizeObserver), and new data replaces the series in place. A baseline
 * series at zero keeps negative prices legible: the part of the line below
 * zero (WTI on 2020-04-20) is drawn in the loss colour, with a zero line.
 */
import {
  BaselineSeries,
  ColorType,
  createChart,
  LineStyle,
  type IChartApi,
  type IPriceLine,
  type ISeriesApi,
} from 'lightweight-charts';
import { useEffect, useRef } from 'react';
import { formatPrice } from '../format/display-format';
import { valueBounds, type ChartPoint } from './chart-range';

interface ChartCanvasProps {
  readonly points: readonly ChartPoint[];
  /** What the chart shows, for screen readers (the canvas itself is opaque). */
  readonly description: string;
}

const COLORS = {
  text: '#8b98a9',
  grid: 'rgba(139, 152, 169, 0.12)',
  border: 'rgba(139, 152, 169, 0.25)',
  line: '#3fb7ff',
  loss: '#ff5d6c',
} as const;

function createPriceChart(container: HTMLElement): IChartApi {
  return createChart(container, {
    autoSize: true,
    layout: {
      background: { type: ColorType.Solid, color: 'transparent' },
      textColor: COLORS.text,
      fontFamily: getComputedStyle(container).fontFamily,
      fontSize: 11,
      // The library's own logo injects a <style> element, which a strict
      // Content-Security-Policy blocks; the chart panel credits TradingView instead.
      attributionLogo: false,
    },
    grid: { vertLines: { color: COLORS.grid }, horzLines: { color: COLORS.grid } },
    rightPriceScale: { borderColor: COLORS.border },
    timeScale: {
      borderColor: COLORS.border,
      fixLeftEdge: true,
      fixRightEdge: true,
      lockVisibleTimeRangeOnResize: true,
    },
    localization: { priceFormatter: (price: number) => formatPrice(price) },
  });
}

export function ChartCanvas({ points, description }: ChartCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<IChartApi | null>(null);
  const seriesRef = useRef<ISeriesApi<'Baseline'> | null>(null);
  const zeroLineRef = useRef<IPriceLine | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;

    const chart = createPriceChart(container);
    seriesRef.current = chart.addSeries(BaselineSeries, {
      baseValue: { type: 'price', price: 0 },
      lineWidth: 2,
      topLineColor: COLORS.line,
      topFillColor1: 'rgba(63, 183, 255, 0.28)',
      topFillColor2: 'rgba(63, 183, 255, 0.02)',
      bottomLineColor: COLORS.loss,
      bottomFillColor1: 'rgba(255, 93, 108, 0.02)',
      bottomFillColor2: 'rgba(255, 93, 108, 0.28)',
      priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
    });
    chartRef.current = chart;

    return () => {
      chart.remove();
      chartRef.current = null;
      seriesRef.current = null;
      zeroLineRef.current = null;
    };
  }, []);

  useEffect(() => {
    const series = seriesRef.current;
    if (series === null) return;

    series.setData(points.map(({ time, value }) => ({ time, value })));
    chartRef.current?.timeScale().fitContent();

    const crossesZero = (valueBounds(points)?.min ?? 0) < 0;
    if (crossesZero && zeroLineRef.current === null) {
      zeroLineRef.current = series.createPriceLine({
        price: 0,
        color: COLORS.loss,
        lineStyle: LineStyle.Dashed,
        lineWidth: 1,
        axisLabelVisible: true,
        title: 'zero',
      });
    }
    if (!crossesZero && zeroLineRef.current !== null) {
      series.removePriceLine(zeroLineRef.current);
      zeroLineRef.current = null;
    }
  }, [points]);

  return (
    <div
      ref={containerRef}
      className="chart-canvas"
      role="img"
      aria-label={description}
      data-testid="price-chart-canvas"
    />
  );
}
