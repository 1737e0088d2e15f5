import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarSeriesOption } from 'echarts';
import { buildDailyActivityOption } from './daily-activity';
import { LIGHT } from './palette';
import { chartText } from './chart-text.test-support';
import { dailyActivityTable } from './data-table';

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

describe('buildDailyActivityOption in zh-CN', () => {
  const zh = chartText('zh-CN', 'UTC', 'learning');
  const option = buildDailyActivityOption(points, LIGHT, zh);
  test('the summary, axis unit, tooltip and data table are Chinese', () => {
    assert.match(JSON.stringify(option.aria), /3 天中有 2 天在学习/);
    assert.equal((option.yAxis as { name: string }).name, '分钟');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    assert.match(tooltip, /25 分钟/);
    assert.match(tooltip, /2 次访问/);
    assert.doesNotMatch(tooltip, /visit|min\b/);
    const table = dailyActivityTable(points, zh);
    assert.deepEqual(
      table.columns.map((column) => column.label),
      ['日期', '分钟数', '访问次数'],
    );
  });
});
