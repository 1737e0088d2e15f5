// The charts' text alternatives: each table carries the same figures as its chart, labelled and
// formatted, in the order the chart draws them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clickHeatmapTable,
  dailyActivityTable,
  donutTable,
  funnelTable,
  matrixTable,
  rankingTable,
  riskHistoryTable,
  sankeyTable,
  seriesTable,
  timeseriesTable,
  xpByPillarTable,
} from './data-table';
import { formatDuration } from '@/lib/format';

const labels = (table: { columns: { label: string }[] }) => table.columns.map((column) => column.label);

test('timeseries: a row per bucket in the long bucket format, a numeric column per series', () => {
  const table = timeseriesTable(
    ['2031-03-03', '2031-03-04'],
    [
      { name: 'Visitors', values: [2, 1500] },
      { name: 'Sessions', values: [3, 6] },
    ],
  );
  assert.deepEqual(labels(table), ['Time', 'Visitors', 'Sessions']);
  assert.deepEqual(
    table.columns.map((column) => column.numeric),
    [false, true, true],
  );
  assert.deepEqual(table.rows, [
    ['Mon, Mar 3', '2', '3'],
    ['Tue, Mar 4', '1,500', '6'],
  ]);
});

test('series table: the chosen format, and a missing value reads as zero rather than a hole', () => {
  const table = seriesTable('Category', ['a', 'b'], [{ name: 'Time on page', values: [166_429] }], formatDuration);
  assert.deepEqual(table.rows, [
    ['a', '2m 46s'],
    ['b', '0s'],
  ]);
});

test('ranking keeps the given order (largest first) and names the value column', () => {
  const table = rankingTable(
    [
      { label: '/quests', value: 40 },
      { label: '/', value: 12 },
    ],
    'Views',
  );
  assert.deepEqual(labels(table), ['Item', 'Views']);
  assert.deepEqual(table.rows, [
    ['/quests', '40'],
    ['/', '12'],
  ]);
});

test('donut: counts with their share of the total', () => {
  const table = donutTable(
    [
      { label: 'Desktop', value: 3 },
      { label: 'Mobile', value: 1 },
    ],
    'sessions',
  );
  assert.deepEqual(labels(table), ['Group', 'Sessions', 'Share']);
  assert.deepEqual(table.rows, [
    ['Desktop', '3', '75%'],
    ['Mobile', '1', '25%'],
  ]);
  assert.deepEqual(donutTable([{ label: 'None', value: 0 }], 'sessions').rows, [['None', '0', '0%']]);
});

test('funnel: numbered steps; the first step has no drop-off', () => {
  const table = funnelTable(
    [
      { label: 'Visited', count: 100, conversion: 1, dropOff: 0 },
      { label: 'Signed up', count: 40, conversion: 0.4, dropOff: 60 },
    ],
    'visitors',
  );
  assert.deepEqual(table.rows, [
    ['1. Visited', '100', '100%', ''],
    ['2. Signed up', '40', '40%', '60'],
  ]);
});

test('matrix heatmap: the grid as drawn, cells without a value left empty', () => {
  const table = matrixTable(
    'Cohort',
    ['Week 0', '+1'],
    ['Mar 3', 'Mar 10'],
    [
      { x: 0, y: 0, value: 1 },
      { x: 1, y: 0, value: 0.25 },
      { x: 0, y: 1, value: 1 },
    ],
  );
  assert.deepEqual(labels(table), ['Cohort', 'Week 0', '+1']);
  assert.deepEqual(table.rows, [
    ['Mar 3', '100%', '25%'],
    ['Mar 10', '100%', ''],
  ]);
});

test('click heatmap: busiest squares first, as pixel ranges, cut to the limit', () => {
  const cells = [
    { x: 0, y: 0, clicks: 2 },
    { x: 3, y: 1, clicks: 9 },
    { x: 1, y: 0, clicks: 2 },
  ];
  const table = clickHeatmapTable(cells, 40);
  assert.deepEqual(table.rows, [
    ['x 120–160, y 40–80', '9'],
    ['x 0–40, y 0–40', '2'],
    ['x 40–80, y 0–40', '2'],
  ]);
  assert.equal(clickHeatmapTable(cells, 40, 1).rows.length, 1);
  // The input is not reordered in place (the chart builder reads the same array).
  assert.equal(cells[0]?.clicks, 2);
});

test('sankey: every link by step then size, with page labels and the share of all sessions', () => {
  const table = sankeyTable({
    sessions: 10,
    nodes: [
      { name: '1 · /', step: 1, label: '/', sessions: 10, kind: 'page' },
      { name: '2 · /quests', step: 2, label: '/quests', sessions: 6, kind: 'page' },
      { name: '2 · drop-off', step: 2, label: 'Drop-off', sessions: 4, kind: 'drop-off' },
      { name: '3 · drop-off', step: 3, label: 'Drop-off', sessions: 6, kind: 'drop-off' },
    ],
    links: [
      { source: '2 · /quests', target: '3 · drop-off', value: 6 },
      { source: '1 · /', target: '2 · drop-off', value: 4 },
      { source: '1 · /', target: '2 · /quests', value: 6 },
    ],
  });
  assert.deepEqual(labels(table), ['Step', 'From', 'To', 'Sessions', 'Share']);
  assert.deepEqual(table.rows, [
    ['1 → 2', '/', '/quests', '6', '60%'],
    ['1 → 2', '/', 'Drop-off', '4', '40%'],
    ['2 → 3', '/quests', 'Drop-off', '6', '60%'],
  ]);
});

test("learning charts: a child's minutes per day, the risk history with levels, XP per pillar", () => {
  assert.deepEqual(dailyActivityTable([{ day: '2031-03-03', minutes: 25, sessions: 2 }]).rows, [['Mon, Mar 3', '25', '2']]);
  assert.deepEqual(
    riskHistoryTable([{ day: '2031-03-03', score: 0.4567, level: 'at_risk' }], (level) => (level === 'at_risk' ? 'At risk' : level)).rows,
    [['Mon, Mar 3', '0.46', 'At risk']],
  );
  assert.deepEqual(xpByPillarTable([{ name: 'Maths', xp: 12_500, color: null }]).rows, [['Maths', '12,500']]);
});
