'use client';

import { useMemo } from 'react';
import { buildClickHeatmapOption, type ClickCell } from '@/lib/charts/click-heatmap';
import { clickHeatmapTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

export function ClickHeatmapChart({ cells, cell, ariaLabel }: { cells: ClickCell[]; cell: number; ariaLabel: string }) {
  const palette = useChartPalette();
  const text = useChartText();
  const option = useMemo(() => buildClickHeatmapOption(cells, cell, palette, text), [cells, cell, palette, text]);
  const table = useMemo(() => clickHeatmapTable(cells, cell, 50, text), [cells, cell, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={420} />;
}
