import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BarSeriesOption } from 'echarts';
import { buildXpByPillarOption, xpByPillarTableIn } from './xp-by-pillar';
import { chartText } from './chart-text.test-support';
import { DARK, LIGHT } from './palette';

const rows = [
  { name: 'Creativity', xp: 120, color: '#db2777' },
  { name: 'Curiosity & Science', xp: 340, color: '#2563eb' },
  { name: 'Wellbeing', xp: 0, color: null },
];

describe('buildXpByPillarOption', () => {
  const option = buildXpByPillarOption(rows, LIGHT);
  const series = (option.series as BarSeriesOption[])[0]!;
  const data = series.data as Array<{ value: number; itemStyle: { color: string } }>;

  test('one bar per pillar, first pillar on top (category axes draw bottom-up)', () => {
    assert.deepEqual((option.yAxis as { data: string[] }).data, ['Wellbeing', 'Curiosity & Science', 'Creativity']);
    assert.deepEqual(
      data.map((item) => item.value),
      [0, 340, 120],
    );
  });
  test("each bar takes its pillar's colour; a pillar without one falls back to the palette", () => {
    assert.equal(data[1]!.itemStyle.color, '#2563eb');
    assert.equal(data[0]!.itemStyle.color, LIGHT.series[2]);
  });
  test('labels say "340 XP" and the aria description lists every pillar and the total', () => {
    const formatter = (series.label as { formatter: (p: unknown) => string }).formatter;
    assert.equal(formatter({ value: 340 }), '340 XP');
    const description = (option.aria as { label: { description: string } }).label.description;
    assert.match(description, /Curiosity & Science 340 XP/);
    assert.match(description, /460 XP in total/);
  });
  test('pillar names get a fixed 120 px gutter, truncated with an ellipsis rather than clipped', () => {
    assert.equal((option.grid as { left: number }).left, 132);
    assert.deepEqual(
      [
        (option.yAxis as { axisLabel: { width: number; overflow: string } }).axisLabel.width,
        (option.yAxis as { axisLabel: { overflow: string } }).axisLabel.overflow,
      ],
      [120, 'truncate'],
    );
  });
  test('tooltip escapes pillar names', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    assert.equal(formatter({ name: '<b>x</b>', value: 1200 }), '&lt;b&gt;x&lt;/b&gt;<br/><b>1,200 XP</b>');
  });
  test('dark mode uses the dark palette; an all-zero chart still has a visible scale', () => {
    const dark = buildXpByPillarOption([{ name: 'A', xp: 0, color: null }], DARK);
    assert.equal((dark.series as BarSeriesOption[])[0]!.label!.color, DARK.muted);
    const max = (dark.xAxis as { max: (e: { max: number }) => number }).max;
    assert.equal(max({ max: 0 }), 10);
  });
});

describe('buildXpByPillarOption in zh-CN', () => {
  const zh = chartText('zh-CN', 'UTC', 'parent');
  const option = buildXpByPillarOption(rows, LIGHT, zh);
  const series = (option.series as BarSeriesOption[])[0]!;
  test('the unit is 经验值 in labels, tooltip, description and table, never "XP"', () => {
    const label = (series.label as { formatter: (p: unknown) => string }).formatter;
    assert.equal(label({ value: 1200 }), '1,200 经验值');
    const description = (option.aria as { label: { description: string } }).label.description;
    assert.equal(
      description,
      '各科目的经验值：Creativity 120 经验值，Curiosity & Science 340 经验值，Wellbeing 0 经验值。合计 460 经验值。',
    );
    const table = xpByPillarTableIn(rows, zh);
    assert.deepEqual(
      table.columns.map((column) => column.label),
      ['科目', '经验值'],
    );
    assert.doesNotMatch(JSON.stringify({ description, name: series.name, table }), /XP/);
  });
});
