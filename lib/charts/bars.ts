// Bar charts: a horizontal ranking (top pages, channels), and vertical bars per category, optionally
// stacked (new vs returning, active visitors per minute).
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { EN_CHART_TEXT, type ChartText } from './chart-text';

export type BarItem = { label: string; value: number };
export type BarSeries = { name: string; values: number[]; color?: string };
type ValueFormat = (value: number) => string;

/** Longest first, top to bottom; long labels are cut with an ellipsis (full text in the tooltip). */
export function buildRankingOption(
  items: readonly BarItem[],
  palette: ChartPalette,
  format: ValueFormat = EN_CHART_TEXT.format.number,
  name = EN_CHART_TEXT.t('value'),
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const ordered = [...items].reverse();
  return {
    ...baseOption(palette, text.t('describe.ranking', { count: items.length, name: name.toLowerCase() })),
    grid: { left: 8, right: 56, top: 4, bottom: 4 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name: label, value } = p as { name: string; value: number };
        return `${escapeHtml(label)}<br/><b>${escapeHtml(format(value))}</b> ${escapeHtml(name.toLowerCase())}`;
      },
    },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: ordered.map((i) => i.label),
      ...axisStyle(palette),
      axisLine: { show: false },
      axisLabel: { color: palette.text, width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name,
        data: ordered.map((i) => i.value),
        barMaxWidth: 18,
        itemStyle: { color: palette.accent, borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', color: palette.muted, formatter: (p: unknown) => format((p as { value: number }).value) },
      },
    ],
  };
}

/** Vertical bars per category; `stacked` piles the series into one bar. */
export function buildColumnsOption(
  categories: readonly string[],
  series: readonly BarSeries[],
  palette: ChartPalette,
  options: { stacked?: boolean; format?: ValueFormat; description?: string } = {},
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const format = options.format ?? text.format.number;
  const bars: BarSeriesOption[] = series.map((s, index) => ({
    type: 'bar',
    name: s.name,
    data: s.values,
    stack: options.stacked ? 'total' : undefined,
    barMaxWidth: 28,
    itemStyle: {
      color: s.color ?? palette.series[index % palette.series.length],
      borderRadius: options.stacked && index < series.length - 1 ? 0 : [3, 3, 0, 0],
    },
    emphasis: { focus: 'series' },
  }));
  return {
    ...baseOption(palette, options.description ?? text.t('describe.bars', { series: series.map((s) => s.name).join(', ') })),
    grid: { left: 8, right: 12, top: series.length > 1 ? 36 : 12, bottom: 8 },
    legend:
      series.length > 1
        ? { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8, textStyle: { color: palette.muted } }
        : undefined,
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => format(Number(v)),
    },
    xAxis: { type: 'category', data: [...categories], ...axisStyle(palette), splitLine: { show: false } },
    yAxis: {
      type: 'value',
      minInterval: 1,
      ...axisStyle(palette),
      axisLine: { show: false },
      axisLabel: { color: palette.muted, formatter: (v: number) => format(v) },
    },
    series: bars,
  };
}
