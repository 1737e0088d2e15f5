// The option builders: the right data in the right places, palette colours applied, user text
// escaped in tooltips. (Rendering itself is ECharts' job and is checked by Playwright.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, PieSeriesOption, SankeySeriesOption } from 'echarts';
import { DARK, LIGHT, paletteFor } from './palette';
import { buildTimeseriesOption, tooltipText } from './timeseries';
import { buildColumnsOption, buildRankingOption } from './bars';
import { buildSankeyOption } from './sankey';
import { buildMatrixHeatmapOption } from './matrix-heatmap';
import { buildClickHeatmapOption } from './click-heatmap';
import { buildFunnelOption } from './funnel';
import { buildDonutOption } from './donut';
import { escapeHtml } from './html';

const first = <T>(series: unknown): T => (series as T[])[0] as T;

test('palettes follow the mode', () => {
  assert.equal(paletteFor('dark'), DARK);
  assert.equal(paletteFor('light').accent, '#4f46e5');
});

test('timeseries: one line per series, bucket labels, first series filled', () => {
  const option = buildTimeseriesOption(
    ['2031-03-03', '2031-03-04'],
    [
      { name: 'Visitors', values: [2, 5] },
      { name: 'Sessions', values: [3, 6] },
    ],
    LIGHT,
  );
  const series = option.series as LineSeriesOption[];
  assert.deepEqual(
    series.map((s) => [s.name, s.data]),
    [
      ['Visitors', [2, 5]],
      ['Sessions', [3, 6]],
    ],
  );
  assert.ok(series[0]?.areaStyle && !series[1]?.areaStyle);
  assert.deepEqual((option.xAxis as { data: string[] }).data, ['Mar 3', 'Mar 4']);
  assert.deepEqual(option.color, LIGHT.series);
  const stacked = buildTimeseriesOption(
    ['2031-03-03'],
    [
      { name: 'A', values: [1] },
      { name: 'B', values: [1] },
    ],
    DARK,
    { stacked: true },
  );
  assert.ok((stacked.series as LineSeriesOption[]).every((s) => s.stack === 'total'));
});

test('timeseries tooltip names the full bucket and escapes series names', () => {
  const text = tooltipText(['2031-03-03T10'], [{ dataIndex: 0, seriesName: '<b>x</b>', value: 1234, marker: '' }]);
  assert.match(text, /Mar 3, 10:00/);
  assert.match(text, /&lt;b&gt;x&lt;\/b&gt;/);
  assert.match(text, /1,234/);
});

test('ranking: largest on top (ECharts draws category axes bottom-up)', () => {
  const option = buildRankingOption(
    [
      { label: '/', value: 9 },
      { label: '/quests', value: 4 },
    ],
    LIGHT,
  );
  assert.deepEqual((option.yAxis as { data: string[] }).data, ['/quests', '/']);
  assert.deepEqual(first<BarSeriesOption>(option.series).data, [4, 9]);
});

test('columns: stacked series share a stack and get a legend', () => {
  const option = buildColumnsOption(
    ['Mar 3'],
    [
      { name: 'New', values: [2] },
      { name: 'Returning', values: [1] },
    ],
    LIGHT,
    { stacked: true },
  );
  assert.deepEqual(
    (option.series as BarSeriesOption[]).map((s) => s.stack),
    ['total', 'total'],
  );
  assert.ok(option.legend);
  assert.equal(buildColumnsOption(['a'], [{ name: 'Visitors', values: [1] }], LIGHT).legend, undefined);
});

test('sankey: nodes pinned to their step column, drop-off in the danger colour', () => {
  const option = buildSankeyOption(
    {
      sessions: 3,
      nodes: [
        { name: '1 · /', step: 1, label: '/', sessions: 3, kind: 'page' },
        { name: '2 · /quests', step: 2, label: '/quests', sessions: 2, kind: 'page' },
        { name: '2 · Drop-off', step: 2, label: 'Drop-off', sessions: 1, kind: 'drop-off' },
      ],
      links: [
        { source: '1 · /', target: '2 · /quests', value: 2 },
        { source: '1 · /', target: '2 · Drop-off', value: 1 },
      ],
    },
    LIGHT,
  );
  const series = first<SankeySeriesOption>(option.series);
  const nodes = series.data as { name: string; depth: number; itemStyle: { color: string } }[];
  assert.deepEqual(
    nodes.map((n) => [n.name, n.depth]),
    [
      ['1 · /', 0],
      ['2 · /quests', 1],
      ['2 · Drop-off', 1],
    ],
  );
  assert.equal(nodes[2]?.itemStyle.color, LIGHT.danger);
  assert.equal((series.links as unknown[]).length, 2);
});

test('matrix heatmap: one cell per value, ramp from the palette', () => {
  const option = buildMatrixHeatmapOption(
    ['Week 0', 'Week 1'],
    ['Mar 3', 'Mar 10'],
    [
      { x: 0, y: 0, value: 1 },
      { x: 1, y: 0, value: 1 / 3 },
      { x: 0, y: 1, value: 1 },
    ],
    DARK,
    'cohorts',
  );
  const data = first<HeatmapSeriesOption>(option.series).data as { value: unknown[]; label: { color: string } }[];
  assert.deepEqual(
    data.map((d) => d.value),
    [
      [0, 0, 1, ''],
      [1, 0, 1 / 3, ''],
      [0, 1, 1, ''],
    ],
  );
  // Dark mode: saturated (light) cells get dark text, pale (dark) ones light text.
  assert.deepEqual(
    data.map((d) => d.label.color),
    ['#11131c', '#e7eaf0', '#11131c'],
  );
  assert.deepEqual((option.visualMap as { inRange: { color: string[] } }).inRange.color, [...DARK.heat]);
});

test('click heatmap: covers at least a 1280 × 800 page and every clicked cell', () => {
  const option = buildClickHeatmapOption([{ x: 40, y: 3, clicks: 5 }], 40, LIGHT);
  assert.equal((option.xAxis as { data: string[] }).data.length, 41);
  assert.equal((option.yAxis as { data: string[] }).data.length, 20);
  assert.equal((option.visualMap as { max: number }).max, 5);
});

test('funnel: reached plus dropped-off stack up to the first step', () => {
  const option = buildFunnelOption(
    [
      { label: '/', count: 5, conversion: 1, dropOff: 0 },
      { label: '/quests', count: 2, conversion: 0.4, dropOff: 3 },
    ],
    LIGHT,
    'sessions',
  );
  const [reached, lost] = option.series as BarSeriesOption[];
  assert.deepEqual(reached?.data, [5, 2]);
  assert.deepEqual(lost?.data, [0, 3]);
  assert.deepEqual((option.xAxis as { data: string[] }).data, ['1. /', '2. /quests']);
  const compact = buildFunnelOption([{ label: '/', count: 5, conversion: 1, dropOff: 0 }], LIGHT, 'sessions', true);
  assert.deepEqual((compact.xAxis as { data: string[] }).data, ['Step 1']);
});

test('donut: total in the middle', () => {
  const option = buildDonutOption(
    [
      { label: 'desktop', value: 3 },
      { label: 'mobile', value: 1 },
    ],
    LIGHT,
    'sessions',
  );
  assert.equal((option.title as { text: string }).text, '4');
  assert.equal((first<PieSeriesOption>(option.series).data as unknown[]).length, 2);
});

test('escapeHtml', () => {
  assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
});

test('timeseries: a right-axis series gets its own y axis', () => {
  const option = buildTimeseriesOption(
    ['2031-03-03'],
    [
      { name: 'Visitors', values: [2] },
      { name: 'Pageviews', values: [40], axis: 'right' },
    ],
    LIGHT,
  );
  assert.equal((option.yAxis as unknown[]).length, 2);
  assert.deepEqual(
    (option.series as LineSeriesOption[]).map((s) => s.yAxisIndex),
    [0, 1],
  );
});

test('heatmaps colour by the value dimension, not the tooltip detail', () => {
  const option = buildMatrixHeatmapOption(['a'], ['b'], [{ x: 0, y: 0, value: 0.5, detail: '1 of 2' }], LIGHT, 'd');
  assert.equal((option.visualMap as { dimension: number }).dimension, 2);
});
