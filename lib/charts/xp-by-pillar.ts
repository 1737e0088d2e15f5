// XP by pillar for a student: one horizontal bar per pillar in the pillar's own colour, the XP
// written at the end of each bar so the chart reads without hovering (and on a phone).
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { formatExact } from '@/lib/format';
import { escapeHtml } from './html';

const LABEL_WIDTH = 120;

export type PillarXpPoint = { name: string; xp: number; color: string | null };

export function buildXpByPillarOption(rows: readonly PillarXpPoint[], palette: ChartPalette): EChartsOption {
  // ECharts draws category axes bottom-up; reverse so the first pillar is on top.
  const ordered = [...rows].reverse();
  const total = rows.reduce((sum, row) => sum + row.xp, 0);
  return {
    ...baseOption(palette, `XP by pillar: ${rows.map((row) => `${row.name} ${row.xp} XP`).join(', ')}. ${total} XP in total.`),
    // A fixed gutter for pillar names: containLabel under-measures truncated labels and clips them.
    grid: { left: LABEL_WIDTH + 12, right: 64, top: 4, bottom: 4 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (params: unknown) => {
        const { name, value } = params as { name: string; value: number };
        return `${escapeHtml(name)}<br/><b>${escapeHtml(formatExact(value))} XP</b>`;
      },
    },
    xAxis: { type: 'value', show: false, max: (extent: { max: number }) => Math.max(10, extent.max) },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.name),
      ...axisStyle(palette),
      axisLine: { show: false },
      axisLabel: { color: palette.text, width: LABEL_WIDTH, overflow: 'truncate', margin: 8 },
    },
    series: [
      {
        type: 'bar',
        name: 'XP',
        data: ordered.map((row, index) => ({
          value: row.xp,
          itemStyle: {
            color: row.color ?? palette.series[(ordered.length - 1 - index) % palette.series.length],
            borderRadius: [0, 4, 4, 0],
          },
        })),
        barMaxWidth: 22,
        showBackground: true,
        backgroundStyle: { color: palette.grid, borderRadius: [0, 4, 4, 0] },
        label: {
          show: true,
          position: 'right',
          color: palette.muted,
          formatter: (params: unknown) => `${formatExact((params as { value: number }).value)} XP`,
        },
      },
    ],
  };
}
