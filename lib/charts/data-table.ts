// Every chart's data as a table: the text alternative the ECharts wrapper offers under the chart
// ("Show data as a table"), for keyboard and screen-reader users and anyone who wants the figures.
// Pure, built from the same inputs as the option builders, so the table and the chart agree.
// Cells are formatted and headers translated through a ChartText (English by default).
import type { FlowGraph } from '@/lib/queries/flows-graph';
import { formatExact } from '@/lib/format';
import { EN_CHART_TEXT, type ChartText } from './chart-text';
import { EN_LEARNING_CHART_TEXT } from './learning-text';
import type { BarItem, BarSeries } from './bars';
import type { ClickCell } from './click-heatmap';
import type { DailyActivityPoint } from './daily-activity';
import type { FunnelBar } from './funnel';
import type { MatrixCell } from './matrix-heatmap';
import type { RiskPoint } from './risk-history';
import type { TimeSeries } from './timeseries';
import type { PillarXpPoint } from './xp-by-pillar';

export type ChartColumn = { label: string; numeric: boolean };
/** The first cell of each row labels it (a row header); the rest are formatted values. */
export type ChartTable = {
  columns: ChartColumn[];
  rows: string[][];
  /** The row labels are the school's data (pillar names…): marked translate="no" for the zh-CN leftover check. */
  rowLabelsAreData?: boolean;
};

type Format = (value: number) => string;
const text = (label: string): ChartColumn => ({ label, numeric: false });
const numeric = (label: string): ChartColumn => ({ label, numeric: true });

/** Buckets down, one column per series (timeseries and grouped or stacked columns). */
export function seriesTable(
  firstColumn: string,
  categories: readonly string[],
  series: readonly Pick<TimeSeries | BarSeries, 'name' | 'values'>[],
  format: Format = EN_CHART_TEXT.format.number,
): ChartTable {
  return {
    columns: [text(firstColumn), ...series.map((s) => numeric(s.name))],
    rows: categories.map((category, index) => [category, ...series.map((s) => format(s.values[index] ?? 0))]),
  };
}

/** Timeseries bucket keys read as "Tue, Mar 3" or "Mar 3, 10:00", as in the tooltip. */
export function timeseriesTable(buckets: readonly string[], series: readonly TimeSeries[], chart: ChartText = EN_CHART_TEXT): ChartTable {
  return seriesTable(chart.t('time'), buckets.map(chart.format.bucketLong), series, chart.format.number);
}

/** Ranked bars in the order given (largest first), as the chart shows them top to bottom. */
export function rankingTable(
  items: readonly BarItem[],
  name: string,
  format: Format = EN_CHART_TEXT.format.number,
  chart: ChartText = EN_CHART_TEXT,
): ChartTable {
  return { columns: [text(chart.t('item')), numeric(name)], rows: items.map((item) => [item.label, format(item.value)]) };
}

export function donutTable(items: readonly BarItem[], unit: string, chart: ChartText = EN_CHART_TEXT): ChartTable {
  const { format, t } = chart;
  const total = items.reduce((sum, item) => sum + item.value, 0);
  return {
    columns: [text(t('group')), numeric(capitalise(unit)), numeric(t('share'))],
    rows: items.map((item) => [item.label, format.number(item.value), format.percent(total ? item.value / total : 0)]),
  };
}

export function funnelTable(steps: readonly FunnelBar[], unit: string, chart: ChartText = EN_CHART_TEXT): ChartTable {
  const { format, t } = chart;
  return {
    columns: [text(t('step')), numeric(capitalise(unit)), numeric(t('conversion')), numeric(t('droppedOff'))],
    rows: steps.map((step, index) => [
      `${index + 1}. ${step.label}`,
      format.number(step.count),
      format.percent(step.conversion),
      index === 0 ? '' : format.number(step.dropOff),
    ]),
  };
}

/** The grid as it is drawn: a row per y label, a column per x label; missing cells stay empty. */
export function matrixTable(
  corner: string,
  xLabels: readonly string[],
  yLabels: readonly string[],
  cells: readonly MatrixCell[],
  chart: ChartText = EN_CHART_TEXT,
): ChartTable {
  const byPosition = new Map(cells.map((cell) => [`${cell.x}:${cell.y}`, cell]));
  return {
    columns: [text(corner), ...xLabels.map(numeric)],
    rows: yLabels.map((label, y) => [
      label,
      ...xLabels.map((_, x) => {
        const cell = byPosition.get(`${x}:${y}`);
        return cell ? chart.format.percent(cell.value) : '';
      }),
    ]),
  };
}

/** The busiest squares first: a table of every pixel square would be unreadable. */
export function clickHeatmapTable(cells: readonly ClickCell[], cell: number, limit = 50, chart: ChartText = EN_CHART_TEXT): ChartTable {
  const { format, t } = chart;
  const range = (index: number) => `${format.exact(index * cell)}–${format.exact((index + 1) * cell)}`;
  return {
    columns: [text(t('area')), numeric(t('clicks'))],
    rows: [...cells]
      .sort((a, b) => b.clicks - a.clicks || a.y - b.y || a.x - b.x)
      .slice(0, limit)
      .map((c) => [t('areaCell', { x: range(c.x), y: range(c.y) }), format.number(c.clicks)]),
  };
}

/** Every link of the Sankey, step by step and largest first, with its share of all sessions. */
export function sankeyTable(graph: Pick<FlowGraph, 'nodes' | 'links' | 'sessions'>, chart: ChartText = EN_CHART_TEXT): ChartTable {
  const { format, t } = chart;
  const nodes = new Map(graph.nodes.map((node) => [node.name, node]));
  const links = graph.links
    .map((link) => ({ link, from: nodes.get(link.source), to: nodes.get(link.target) }))
    .sort((a, b) => (a.from?.step ?? 0) - (b.from?.step ?? 0) || b.link.value - a.link.value);
  return {
    columns: [text(t('step')), text(t('from')), text(t('to')), numeric(t('sessions')), numeric(t('share'))],
    rows: links.map(({ link, from, to }) => [
      `${from?.step ?? ''} → ${to?.step ?? ''}`,
      from?.label ?? link.source,
      to?.label ?? link.target,
      format.number(link.value),
      format.percent(graph.sessions ? link.value / graph.sessions : 0),
    ]),
  };
}

/** `text.t` is over the `learning` namespace (see ./learning-text.ts). */
export function dailyActivityTable(points: readonly DailyActivityPoint[], { t, format }: ChartText = EN_LEARNING_CHART_TEXT): ChartTable {
  return {
    columns: [text(t('charts.daily.day')), numeric(t('charts.daily.minutesColumn')), numeric(t('charts.daily.visitsColumn'))],
    rows: points.map((point) => [format.bucketLong(point.day), format.number(point.minutes), format.number(point.sessions)]),
  };
}

/** `text.t` is over the `learning` namespace (see ./learning-text.ts). */
export function riskHistoryTable(
  points: readonly RiskPoint[],
  levelLabel: (level: string) => string,
  { t, format }: ChartText = EN_LEARNING_CHART_TEXT,
): ChartTable {
  return {
    columns: [text(t('charts.risk.day')), numeric(t('charts.risk.scoreColumn')), text(t('charts.risk.levelColumn'))],
    rows: points.map((point) => [format.bucketLong(point.day), point.score.toFixed(2), levelLabel(point.level)]),
  };
}

export function xpByPillarTable(rows: readonly PillarXpPoint[]): ChartTable {
  return { columns: [text('Pillar'), numeric('XP')], rows: rows.map((row) => [row.name, formatExact(row.xp)]) };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
