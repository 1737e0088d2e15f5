// Minutes of learning per day for one student: quiet days show as gaps, which is the point.
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import type { ChartText } from './chart-text';
import { EN_LEARNING_CHART_TEXT } from './learning-text';
import { escapeHtml } from './html';

export type DailyActivityPoint = { day: string; minutes: number; sessions: number };

/** `text.t` is over the `learning` namespace (see ./learning-text.ts). */
export function buildDailyActivityOption(
  points: readonly DailyActivityPoint[],
  palette: ChartPalette,
  { t, format }: ChartText = EN_LEARNING_CHART_TEXT,
): EChartsOption {
  const active = points.filter((point) => point.sessions > 0).length;
  return {
    ...baseOption(palette, t('charts.daily.summary', { active, total: points.length })),
    grid: { left: 8, right: 12, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const [first] = params as Array<{ dataIndex: number }>;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        const visits = t('charts.daily.visits', { count: point.sessions });
        const minutes = t('charts.daily.minutes', { value: format.exact(point.minutes) });
        return `${escapeHtml(format.bucketLong(point.day))}<br/><b>${escapeHtml(minutes)}</b> · ${escapeHtml(visits)}`;
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => point.day),
      ...axisStyle(palette),
      splitLine: { show: false },
      axisLabel: { color: palette.muted, formatter: (value: string) => format.bucket(value) },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: t('charts.daily.unit'),
      nameTextStyle: { color: palette.muted },
      ...axisStyle(palette),
      axisLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: t('charts.daily.series'),
        data: points.map((point) => point.minutes),
        barMaxWidth: 16,
        itemStyle: { color: palette.accent, borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
