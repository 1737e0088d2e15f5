// A student's risk score over time on a fixed 0–1 scale, with the risk bands shaded behind the
// line (green = minimal risk … red = at risk) so the level is readable at a glance.
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import type { ChartText } from './chart-text';
import { EN_LEARNING_CHART_TEXT } from './learning-text';
import type { RiskLevel, RiskModel } from '@/lib/risk/config';
import { escapeHtml } from './html';

export type RiskPoint = { day: string; score: number; level: string };
export type RiskBand = { from: number; to: number; label: string; color: string };

/** The four bands from the model's thresholds, least to most at risk. */
export function riskBands(thresholds: RiskModel['thresholds'], labels: Record<RiskLevel, string>, palette: ChartPalette): RiskBand[] {
  const dark = palette.mode === 'dark';
  return [
    { from: 0, to: thresholds.minimal, label: labels.minimal, color: dark ? 'rgba(76,199,122,0.10)' : 'rgba(16,122,66,0.07)' },
    {
      from: thresholds.minimal,
      to: thresholds.moderate,
      label: labels.moderate,
      color: dark ? 'rgba(140,134,255,0.08)' : 'rgba(79,70,229,0.05)',
    },
    {
      from: thresholds.moderate,
      to: thresholds.elevated,
      label: labels.elevated,
      color: dark ? 'rgba(240,192,96,0.12)' : 'rgba(245,158,11,0.10)',
    },
    { from: thresholds.elevated, to: 1, label: labels.at_risk, color: dark ? 'rgba(255,129,120,0.14)' : 'rgba(217,45,32,0.09)' },
  ];
}

export function buildRiskHistoryOption(
  points: readonly RiskPoint[],
  bands: readonly RiskBand[],
  palette: ChartPalette,
  levelLabel: (level: string) => string = (level) => level,
  /** `text.t` is over the `learning` namespace (see ./learning-text.ts). */
  { t, format }: ChartText = EN_LEARNING_CHART_TEXT,
): EChartsOption {
  const last = points[points.length - 1];
  return {
    ...baseOption(
      palette,
      last
        ? t('charts.risk.summaryLatest', { count: points.length, score: last.score.toFixed(2), level: levelLabel(last.level) })
        : t('charts.risk.summary', { count: points.length }),
    ),
    grid: { left: 8, right: 128, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'axis',
      formatter: (params: unknown) => {
        const [first] = params as Array<{ dataIndex: number }>;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        return `${escapeHtml(format.bucketLong(point.day))}<br/>${escapeHtml(t('charts.risk.tooltip'))} <b>${point.score.toFixed(2)}</b> · ${escapeHtml(levelLabel(point.level))}`;
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((point) => point.day),
      boundaryGap: false,
      ...axisStyle(palette),
      splitLine: { show: false },
      axisLabel: { color: palette.muted, formatter: (value: string) => format.bucketLong(value).split(', ')[1] ?? format.bucket(value) },
    },
    yAxis: { type: 'value', min: 0, max: 1, interval: 0.2, ...axisStyle(palette), axisLine: { show: false } },
    series: [
      {
        type: 'line',
        name: t('charts.risk.series'),
        data: points.map((point) => point.score),
        showSymbol: points.length <= 31,
        symbolSize: 6,
        lineStyle: { width: 2, color: palette.accent },
        itemStyle: { color: palette.accent },
        markArea: {
          silent: true,
          data: bands.map((band) => [
            {
              yAxis: band.from,
              itemStyle: { color: band.color },
              label: {
                show: true,
                position: 'right',
                color: palette.muted,
                fontSize: 11,
                width: 120,
                overflow: 'truncate',
                formatter: band.label,
              },
            },
            { yAxis: band.to },
          ]),
        },
      },
    ],
  };
}
