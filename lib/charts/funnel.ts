// Funnel steps as columns: how many reached each step (solid) and how many dropped off before it
// (faint, stacked on top), labelled with the conversion from the first step.
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { EN_CHART_TEXT, type ChartText } from './chart-text';

export type FunnelBar = { label: string; count: number; conversion: number; dropOff: number };

/** `compact` (phones): columns are labelled by step number only; the table below names them. */
export function buildFunnelOption(
  steps: readonly FunnelBar[],
  palette: ChartPalette,
  unit: string,
  compact = false,
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const { format, t } = text;
  const lost = steps.map((_, i) => (i === 0 ? 0 : (steps[0]?.count ?? 0) - (steps[i]?.count ?? 0)));
  return {
    ...baseOption(
      palette,
      t('describe.funnel', { count: steps.length, steps: steps.map((s) => `${s.label} ${format.number(s.count)}`).join(', ') }),
    ),
    grid: { left: 8, right: 8, top: 28, bottom: 8 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const index = ((Array.isArray(p) ? p[0] : p) as { dataIndex: number }).dataIndex;
        const step = steps[index];
        if (!step) return '';
        const dropped = index > 0 ? `<br/>${escapeHtml(t('droppedOffAtStep', { count: format.number(step.dropOff) }))}` : '';
        return `<b>${escapeHtml(step.label)}</b><br/>${format.number(step.count)} ${escapeHtml(unit)} (${format.percent(step.conversion)})${dropped}`;
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((s, i) => (compact ? t('stepNumber', { number: i + 1 }) : `${i + 1}. ${s.label}`)),
      ...axisStyle(palette),
      axisLabel: { color: palette.text, interval: 0, width: 150, overflow: 'break', lineHeight: 14 },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      ...axisStyle(palette),
      axisLine: { show: false },
      axisLabel: { color: palette.muted, formatter: (v: number) => format.number(v) },
    },
    series: [
      {
        type: 'bar',
        name: t('reached'),
        stack: 'funnel',
        data: steps.map((s) => s.count),
        barMaxWidth: 72,
        itemStyle: { color: palette.accent, borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          distance: 22,
          color: palette.text,
          fontWeight: 'bold',
          formatter: (p: unknown) => format.percent(steps[(p as { dataIndex: number }).dataIndex]?.conversion ?? 0),
        },
      },
      {
        type: 'bar',
        name: t('droppedOff'),
        stack: 'funnel',
        data: lost,
        barMaxWidth: 72,
        itemStyle: { color: palette.accent, opacity: 0.14, borderRadius: [4, 4, 0, 0] },
      },
    ],
  };
}
