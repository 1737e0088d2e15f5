// Minutes of learning per day for one student: quiet days show as gaps, which is the point.
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { formatBucket, formatBucketLong } from '@/lib/format';
import { escapeHtml } from './html';

export type DailyActivityPoint = { day: string; minutes: number; sessions: number };

export function buildDailyActivityOption(points: readonly DailyActivityPoint[], palette: ChartPalette): EChartsOption {
  const active = points.filter((point) => point.sessions > 0).length;
  return {
    ...baseOption(palette, `Minutes of learning per day: active on ${active} of ${points.length} days.`),
    grid: { left: 8, right: 12, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const [first] = params as Array<{ dataIndex: number }>;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        const visits = `${point.sessions} ${point.sessions === 1 ? 'visit' : 'visits'}`;
        return `${escapeHtml(formatBucketLong(point.day))}<br/><b>${point.minutes} min</b> · ${visits}`;
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => point.day),
      ...axisStyle(palette),
      splitLine: { show: false },
      axisLabel: { color: palette.muted, formatter: (value: string) => formatBucket(value) },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: 'min',
      nameTextStyle: { color: palette.muted },
      ...axisStyle(palette),
      axisLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: 'Minutes',
        data: points.map((point) => point.minutes),
        barMaxWidth: 16,
        itemStyle: { color: palette.accent, borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
