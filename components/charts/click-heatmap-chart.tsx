'use client';

import { useMemo } from 'react';
import { buildClickHeatmapOption, type ClickCell } from '@/lib/charts/click-heatmap';
import { EChart, useChartPalette } from './echart';

export function ClickHeatmapChart({ cells, cell, ariaLabel }: { cells: ClickCell[]; cell: number; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildClickHeatmapOption(cells, cell, palette), [cells, cell, palette]);
  return <EChart option={option} ariaLabel={ariaLabel} height={420} />;
}
