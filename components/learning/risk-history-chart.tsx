'use client';

import { useMemo } from 'react';
import { use as registerECharts } from 'echarts/core';
import { MarkAreaComponent } from 'echarts/components';
import { buildRiskHistoryOption, riskBands, type RiskPoint } from '@/lib/charts/risk-history';
import { riskHistoryTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from '@/components/charts/echart';
import { RISK_MODEL } from '@/lib/risk/config';
import { isRiskLevel, LEVELS } from '@/lib/risk/levels';

// The shared wrapper registers the components most charts use; the shaded level bands need
// markArea as well. Registering is global and idempotent.
registerECharts([MarkAreaComponent]);

const labels = {
  minimal: LEVELS.minimal.label,
  moderate: LEVELS.moderate.label,
  elevated: LEVELS.elevated.label,
  at_risk: LEVELS.at_risk.label,
};
const levelLabel = (level: string) => (isRiskLevel(level) ? LEVELS[level].label : level);

/** Risk score per day on a fixed 0–1 scale, bands shaded behind the line. */
export function RiskHistoryChart({ points, ariaLabel }: { points: RiskPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(
    () => buildRiskHistoryOption(points, riskBands(RISK_MODEL.thresholds, labels, palette), palette, levelLabel),
    [points, palette],
  );
  const table = useMemo(() => riskHistoryTable(points, levelLabel), [points]);
  return (
    <div data-chart="risk-history">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={240} />
    </div>
  );
}
