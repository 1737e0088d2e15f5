'use client';

import { useMemo } from 'react';
import { buildMatrixHeatmapOption, type MatrixCell } from '@/lib/charts/matrix-heatmap';
import { matrixTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

export function MatrixHeatmapChart({
  xLabels,
  yLabels,
  cells,
  description,
  ariaLabel,
  corner,
}: {
  xLabels: string[];
  yLabels: string[];
  cells: MatrixCell[];
  description: string;
  ariaLabel: string;
  /** What the rows are, heading the table's first column ("Cohort", "Page"). */
  corner: string;
}) {
  const palette = useChartPalette();
  const option = useMemo(
    () => buildMatrixHeatmapOption(xLabels, yLabels, cells, palette, description),
    [xLabels, yLabels, cells, palette, description],
  );
  const table = useMemo(() => matrixTable(corner, xLabels, yLabels, cells), [corner, xLabels, yLabels, cells]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(160, yLabels.length * 34 + 40)} />;
}
