// A donut for small part-of-whole breakdowns (devices).
import type { EChartsOption } from 'echarts';
import { baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { formatNumber, formatPercent } from '@/lib/format';

export function buildDonutOption(items: readonly { label: string; value: number }[], palette: ChartPalette, unit: string): EChartsOption {
  const total = items.reduce((sum, i) => sum + i.value, 0);
  return {
    ...baseOption(palette, `Donut chart of ${unit} by ${items.map((i) => i.label).join(', ')}.`),
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        return `${escapeHtml(name)}<br/><b>${formatNumber(value)}</b> ${unit} (${formatPercent(total ? value / total : 0)})`;
      },
    },
    // The total sits in the hole as a title, so slices' labels never pile up in the centre.
    title: {
      text: formatNumber(total),
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
