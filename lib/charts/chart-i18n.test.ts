// The builders speak the reader's language when given a ChartText: the same inputs in English
// (the default, unchanged) and in zh-CN from the real catalogues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarSeriesOption } from 'echarts';
import { LIGHT } from './palette';
import { buildFunnelOption } from './funnel';
import { buildTimeseriesOption, tooltipText } from './timeseries';
import { donutTable, funnelTable, sankeyTable, timeseriesTable } from './data-table';
import { chartText } from './chart-text.test-support';

const en = chartText('en');
const zh = chartText('zh-CN');
const steps = [
  { label: '/', count: 1200, conversion: 1, dropOff: 0 },
  { label: '/signup', count: 300, conversion: 0.25, dropOff: 900 },
];

test('timeseries: axis labels, tooltip and description in both languages', () => {
  const series = [{ name: '访客', values: [2, 5] }];
  const zhOption = buildTimeseriesOption(['2031-03-03', '2031-03-04'], series, LIGHT, {}, zh);
  assert.deepEqual((zhOption.xAxis as { data: string[] }).data, ['3月3日', '3月4日']);
  assert.equal((zhOption.aria as { label: { description: string } }).label.description, '访客随时间变化的折线图。');
  assert.match(tooltipText(['2031-03-03'], [{ dataIndex: 0, seriesName: '访客', value: 12345, marker: '' }], zh), /3月3日周一.*12,345/s);
  const enOption = buildTimeseriesOption(['2031-03-03'], [{ name: 'Visitors', values: [2] }], LIGHT);
  assert.deepEqual((enOption.xAxis as { data: string[] }).data, ['Mar 3']);
  assert.equal((enOption.aria as { label: { description: string } }).label.description, 'Line chart of Visitors over time.');
});

test('funnel: series names, compact step labels and tooltip drop-off line follow the locale', () => {
  const option = buildFunnelOption(steps, LIGHT, '个会话', true, zh);
  const series = option.series as BarSeriesOption[];
  assert.deepEqual(
    series.map((s) => s.name),
    ['到达', '流失'],
  );
  assert.deepEqual((option.xAxis as { data: string[] }).data, ['第 1 步', '第 2 步']);
  const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]);
  assert.match(tooltip, /300 个会话 \(25%\).*900 个在此步骤流失/s);
  const english = buildFunnelOption(steps, LIGHT, 'sessions', true, en);
  assert.deepEqual((english.xAxis as { data: string[] }).data, ['Step 1', 'Step 2']);
  assert.match((english.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]), /900 dropped off at this step/);
});

test('data tables: headers and formatted cells in zh-CN, English unchanged by default', () => {
  assert.deepEqual(
    funnelTable(steps, '会话', zh).columns.map((c) => c.label),
    ['步骤', '会话', '转化率', '流失'],
  );
  assert.deepEqual(donutTable([{ label: '桌面', value: 123_456 }], '会话', zh).rows, [['桌面', '12.3万', '100%']]);
  assert.deepEqual(timeseriesTable(['2031-03-03T10'], [{ name: '会话', values: [4] }], zh).rows, [['3月3日 10:00', '4']]);
  assert.deepEqual(
    sankeyTable({ nodes: [], links: [], sessions: 0 }).columns.map((c) => c.label),
    ['Step', 'From', 'To', 'Sessions', 'Share'],
  );
  assert.deepEqual(
    sankeyTable({ nodes: [], links: [], sessions: 0 }, zh).columns.map((c) => c.label),
    ['步骤', '从', '到', '会话', '占比'],
  );
});
