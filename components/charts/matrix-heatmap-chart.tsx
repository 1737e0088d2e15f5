'use client';

import { useMemo } from 'react';
import { buildMatrixHeatmapOption, type MatrixCell } from '@/lib/charts/matrix-heatmap';
import { matrixTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

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
  const text = useChartText();
  const option = useMemo(
    () => buildMatrixHeatmapOption(xLabels, yLabels, cells, palette, description, text),
    [xLabels, yLabels, cells, palette, description, text],
  );
  const table = useMemo(() => matrixTable(corner, xLabels, yLabels, cells, text), [corner, xLabels, yLabels, cells, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(160, yLabels.length * 34 + 40)} />;
}
