// XP by pillar for a student: one horizontal bar per pillar in the pillar's own colour, the XP
// written at the end of each bar so the chart reads without hovering (and on a phone).
// Words come from the `parent` namespace (xpChart.*): pillar names are the school's, the unit is ours.
import type { EChartsOption } from 'echarts';
import enParent from '@/lib/i18n/messages/en/parent.json';
import { createFormatter } from '@/lib/i18n/format';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import type { ChartText } from './chart-text';
import type { ChartTable } from './data-table';
import { escapeHtml } from './html';

const LABEL_WIDTH = 120;

export type PillarXpPoint = { name: string; xp: number; color: string | null };

/** English; pass chartText(locale, zone, 'parent') or a useTranslations('parent') translator for others. */
export const EN_XP_TEXT: ChartText = { format: createFormatter('en'), t: plainTranslator('en', { parent: enParent }, 'parent') };

export function buildXpByPillarOption(rows: readonly PillarXpPoint[], palette: ChartPalette, text: ChartText = EN_XP_TEXT): EChartsOption {
  const { format, t } = text;
  const xp = (value: number) => t('xpChart.value', { xp: format.exact(value) });
  // ECharts draws category axes bottom-up; reverse so the first pillar is on top.
  const ordered = [...rows].reverse();
  const total = rows.reduce((sum, row) => sum + row.xp, 0);
  const list = rows.map((row) => t('xpChart.item', { name: row.name, xp: format.exact(row.xp) })).join(t('xpChart.separator'));
  return {
    ...baseOption(palette, t('xpChart.description', { list, total: format.exact(total) })),
    // A fixed gutter for pillar names: containLabel under-measures truncated labels and clips them.
    grid: { left: LABEL_WIDTH + 12, right: 64, top: 4, bottom: 4 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (params: unknown) => {
        const { name, value } = params as { name: string; value: number };
        return `${escapeHtml(name)}<br/><b>${escapeHtml(xp(value))}</b>`;
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
        name: t('xpChart.series'),
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
          formatter: (params: unknown) => xp((params as { value: number }).value),
        },
      },
    ],
  };
}

/** The chart's data: one row per pillar (the school's names), its XP. */
export function xpByPillarTableIn(rows: readonly PillarXpPoint[], text: ChartText = EN_XP_TEXT): ChartTable {
  return {
    columns: [
      { label: text.t('xpChart.pillar'), numeric: false },
      { label: text.t('xpChart.series'), numeric: true },
    ],
    rows: rows.map((row) => [row.name, text.format.exact(row.xp)]),
    rowLabelsAreData: true,
  };
}
