'use client';

import { useMemo } from 'react';
import { buildClickHeatmapOption, type ClickCell } from '@/lib/charts/click-heatmap';
import { clickHeatmapTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

export function ClickHeatmapChart({ cells, cell, ariaLabel }: { cells: ClickCell[]; cell: number; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildClickHeatmapOption(cells, cell, palette), [cells, cell, palette]);
  const table = useMemo(() => clickHeatmapTable(cells, cell), [cells, cell]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={420} />;
}
