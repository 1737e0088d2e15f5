'use client';

import { useMemo } from 'react';
import { buildMatrixHeatmapOption, type MatrixCell } from '@/lib/charts/matrix-heatmap';
import { EChart, useChartPalette } from './echart';

export function MatrixHeatmapChart({
  xLabels,
  yLabels,
  cells,
  description,
  ariaLabel,
}: {
  xLabels: string[];
  yLabels: string[];
  cells: MatrixCell[];
  description: string;
  ariaLabel: string;
}) {
  const palette = useChartPalette();
  const option = useMemo(
    () => buildMatrixHeatmapOption(xLabels, yLabels, cells, palette, description),
    [xLabels, yLabels, cells, palette, description],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={Math.max(160, yLabels.length * 34 + 40)} />;
}
