import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarSeriesOption } from 'echarts';
import { buildDailyActivityOption } from './daily-activity';
import { LIGHT } from './palette';

const points = [
  { day: '2026-03-01', minutes: 25, sessions: 2 },
  { day: '2026-03-02', minutes: 0, sessions: 0 },
  { day: '2026-03-03', minutes: 9, sessions: 1 },
];

describe('buildDailyActivityOption', () => {
  const option = buildDailyActivityOption(points, LIGHT);
  test('minutes per day as bars, days on the axis', () => {
    assert.deepEqual((option.series as BarSeriesOption[])[0]!.data, [25, 0, 9]);
    assert.deepEqual((option.xAxis as { data: string[] }).data, ['2026-03-01', '2026-03-02', '2026-03-03']);
  });
  test('axis labels are short dates; tooltip says minutes and visits', () => {
    const label = (option.xAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter;
    assert.equal(label('2026-03-03'), 'Mar 3');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    assert.equal(tooltip([{ dataIndex: 2 }]), 'Tue, Mar 3<br/><b>9 min</b> · 1 visit');
  });
  test('the description counts active days', () => {
    assert.match((option.aria as { label: { description: string } }).label.description, /active on 2 of 3 days/);
  });
});
