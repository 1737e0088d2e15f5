// Line (or stacked area) chart over time buckets: the growth chart, channel trends.
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { EN_CHART_TEXT, type ChartText } from './chart-text';
import { escapeHtml } from './html';

/** `axis: 'right'` puts a series of a different scale (pageviews beside visitors) on its own axis. */
export type TimeSeries = { name: string; values: number[]; axis?: 'left' | 'right' };
export type TimeseriesOptions = { stacked?: boolean; description?: string };

export function buildTimeseriesOption(
  buckets: readonly string[],
  series: readonly TimeSeries[],
  palette: ChartPalette,
  options: TimeseriesOptions = {},
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const { format, t } = text;
  const stacked = options.stacked ?? false;
  const lines: LineSeriesOption[] = series.map((s, index) => ({
    type: 'line',
    name: s.name,
    data: s.values,
    smooth: 0.25,
    symbol: 'circle',
    symbolSize: 5,
    showSymbol: buckets.length <= 31,
    lineStyle: { width: index === 0 && !stacked ? 2.5 : 1.8 },
    // The first series gets a soft fill (Plausible-style); stacks fill every band.
    areaStyle: stacked || index === 0 ? { opacity: stacked ? 0.55 : 0.12 } : undefined,
    stack: stacked ? 'total' : undefined,
    yAxisIndex: s.axis === 'right' ? 1 : 0,
    emphasis: { focus: 'series' },
  }));
  return {
    ...baseOption(palette, options.description ?? t('describe.line', { series: series.map((s) => s.name).join(', ') })),
    grid: { left: 8, right: 16, top: 36, bottom: 8 },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 4, textStyle: { color: palette.muted } },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: palette.axis } },
      formatter: (params: unknown) => tooltipText(buckets, params, text),
    },
    xAxis: { type: 'category', boundaryGap: false, data: buckets.map(format.bucket), ...axisStyle(palette), splitLine: { show: false } },
    yAxis: series.some((s) => s.axis === 'right')
      ? [
          valueAxis(palette, text),
          {
            ...valueAxis(palette, text),
            position: 'right',
            splitLine: { show: false },
            name: series
              .filter((s) => s.axis === 'right')
              .map((s) => s.name)
              .join(', '),
            nameTextStyle: { color: palette.muted },
          },
        ]
      : valueAxis(palette, text),
    series: lines,
  };
}

function valueAxis(palette: ChartPalette, text: ChartText) {
  return {
    type: 'value' as const,
    minInterval: 1,
    ...axisStyle(palette),
    axisLine: { show: false },
    axisLabel: { color: palette.muted, formatter: (v: number) => text.format.number(v) },
  };
}

type AxisParam = { dataIndex: number; seriesName: string; value: number; marker: string };

export function tooltipText(buckets: readonly string[], params: unknown, text: ChartText = EN_CHART_TEXT): string {
  const list = (Array.isArray(params) ? params : [params]) as AxisParam[];
  const first = list[0];
  if (!first) return '';
  const rows = list.map(
    (p) => `${p.marker} ${escapeHtml(p.seriesName)} <b style="float:right;margin-left:16px">${text.format.number(Number(p.value))}</b>`,
  );
  return [`<div style="font-weight:600;margin-bottom:4px">${text.format.bucketLong(buckets[first.dataIndex] ?? '')}</div>`, ...rows].join(
    '<br/>',
  );
}
