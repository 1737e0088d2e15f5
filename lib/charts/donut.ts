// A donut for small part-of-whole breakdowns (devices).
import type { EChartsOption } from 'echarts';
import { baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { EN_CHART_TEXT, type ChartText } from './chart-text';

export function buildDonutOption(
  items: readonly { label: string; value: number }[],
  palette: ChartPalette,
  unit: string,
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const { format, t } = text;
  const total = items.reduce((sum, i) => sum + i.value, 0);
  return {
    ...baseOption(palette, t('describe.donut', { unit, groups: items.map((i) => i.label).join(', ') })),
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        return `${escapeHtml(name)}<br/><b>${format.number(value)}</b> ${escapeHtml(unit)} (${format.percent(total ? value / total : 0)})`;
      },
    },
    // The total sits in the hole as a title, so slices' labels never pile up in the centre.
    title: {
      text: format.number(total),
      subtext: unit,
      left: 'center',
      top: '33%',
      textStyle: { color: palette.text, fontSize: 20, fontWeight: 'bold' },
      subtextStyle: { color: palette.muted },
    },
    legend: { bottom: 0, icon: 'circle', itemWidth: 8, itemHeight: 8, textStyle: { color: palette.muted } },
    series: [
      {
        type: 'pie',
        radius: ['52%', '78%'],
        center: ['50%', '44%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: palette.surface, borderWidth: 2, borderRadius: 4 },
        label: { show: false },
        labelLine: { show: false },
        data: items.map((i) => ({ name: i.label, value: i.value })),
      },
    ],
  };
}
