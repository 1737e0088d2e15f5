import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LineSeriesOption } from 'echarts';
import { buildRiskHistoryOption, riskBands } from './risk-history';
import { LIGHT } from './palette';
import { chartText } from './chart-text.test-support';
import { riskHistoryTable } from './data-table';

const labels = { minimal: 'Minimal risk', moderate: 'Moderate risk', elevated: 'Elevated risk', at_risk: 'At risk' };
const bands = riskBands({ minimal: 0.3, moderate: 0.6, elevated: 0.8 }, labels, LIGHT);
const points = [
  { day: '2026-03-01', score: 0.21, level: 'minimal' },
  { day: '2026-03-02', score: 0.64, level: 'elevated' },
  { day: '2026-03-03', score: 0.87, level: 'at_risk' },
];

describe('riskBands', () => {
  test('four contiguous bands covering 0–1 at the thresholds', () => {
    assert.deepEqual(
      bands.map((band) => [band.from, band.to, band.label]),
      [
        [0, 0.3, 'Minimal risk'],
        [0.3, 0.6, 'Moderate risk'],
        [0.6, 0.8, 'Elevated risk'],
        [0.8, 1, 'At risk'],
      ],
    );
  });
});

describe('buildRiskHistoryOption', () => {
  const option = buildRiskHistoryOption(points, bands, LIGHT, (level) => (labels as Record<string, string>)[level] ?? level);
  const series = (option.series as LineSeriesOption[])[0]!;

  test('fixed 0–1 scale so charts of different students compare', () => {
    assert.deepEqual([(option.yAxis as { min: number }).min, (option.yAxis as { max: number }).max], [0, 1]);
  });
  test('one point per day, in order', () => {
    assert.deepEqual((option.xAxis as { data: string[] }).data, ['2026-03-01', '2026-03-02', '2026-03-03']);
    assert.deepEqual(series.data, [0.21, 0.64, 0.87]);
  });
  test('the bands are shaded behind the line, labelled', () => {
    const areas = series.markArea!.data as unknown as Array<[{ yAxis: number; label: { formatter: string } }, { yAxis: number }]>;
    assert.equal(areas.length, 4);
    assert.deepEqual([areas[3]![0].yAxis, areas[3]![1].yAxis, areas[3]![0].label.formatter], [0.8, 1, 'At risk']);
  });
  test('tooltip gives date, score and the level in words; description states the direction', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    assert.equal(formatter([{ dataIndex: 2 }]), 'Tue, Mar 3<br/>Risk <b>0.87</b> · At risk');
    assert.match(
      (option.aria as { label: { description: string } }).label.description,
      /latest 0\.87 \(At risk\)\. Higher means more at risk\./,
    );
  });
  test('an empty history still builds', () => {
    const empty = buildRiskHistoryOption([], bands, LIGHT);
    assert.deepEqual((empty.series as LineSeriesOption[])[0]!.data, []);
  });
});

describe('buildRiskHistoryOption in zh-CN', () => {
  const zh = chartText('zh-CN', 'UTC', 'learning');
  const points = [
    { day: '2026-03-01', score: 0.42, level: 'moderate' },
    { day: '2026-03-02', score: 0.81, level: 'at_risk' },
  ];
  const option = buildRiskHistoryOption(points, [], LIGHT, (level) => (level === 'at_risk' ? '有风险' : level), zh);
  test('summary, series, tooltip and table headings are Chinese', () => {
    assert.match(JSON.stringify(option.aria), /2 天的风险分数，最新为 0.81（有风险）。分数越高，越有风险/);
    assert.equal((option.series as LineSeriesOption[])[0]!.name, '风险分数');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]);
    assert.match(tooltip, /风险 <b>0.81<\/b> · 有风险/);
    assert.deepEqual(
      riskHistoryTable(points, (level) => level, zh).columns.map((column) => column.label),
      ['日期', '风险分数', '等级'],
    );
  });
});
