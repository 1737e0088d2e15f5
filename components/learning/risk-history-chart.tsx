'use client';

import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { use as registerECharts } from 'echarts/core';
import { MarkAreaComponent } from 'echarts/components';
import { buildRiskHistoryOption, riskBands, type RiskPoint } from '@/lib/charts/risk-history';
import { riskHistoryTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from '@/components/charts/echart';
import { useChartText } from '@/components/charts/use-chart-text';
import { RISK_MODEL } from '@/lib/risk/config';
import { isRiskLevel, levelInfo } from '@/lib/risk/levels';
import type { Translate } from '@/lib/i18n/translate';

// The shared wrapper registers the components most charts use; the shaded level bands need
// markArea as well. Registering is global and idempotent.
registerECharts([MarkAreaComponent]);

/** Risk score per day on a fixed 0–1 scale, bands shaded behind the line. */
export function RiskHistoryChart({ points, ariaLabel }: { points: RiskPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const text = useChartText('UTC', 'learning');
  const riskT = useTranslations('risk') as unknown as Translate;
  const { option, table } = useMemo(() => {
    const levels = levelInfo(undefined, riskT);
    const labels = {
      minimal: levels.minimal.label,
      moderate: levels.moderate.label,
      elevated: levels.elevated.label,
      at_risk: levels.at_risk.label,
    };
    const levelLabel = (level: string) => (isRiskLevel(level) ? levels[level].label : level);
    return {
      option: buildRiskHistoryOption(points, riskBands(RISK_MODEL.thresholds, labels, palette), palette, levelLabel, text),
      table: riskHistoryTable(points, levelLabel, text),
    };
  }, [points, palette, text, riskT]);
  return (
    <div data-chart="risk-history">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={240} />
    </div>
  );
}
