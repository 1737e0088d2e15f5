'use client';

import { useMemo } from 'react';
import { buildDonutOption } from '@/lib/charts/donut';
import { donutTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

export function DonutChart({ items, unit, ariaLabel }: { items: { label: string; value: number }[]; unit: string; ariaLabel: string }) {
  const palette = useChartPalette();
  const text = useChartText();
  const option = useMemo(() => buildDonutOption(items, palette, unit, text), [items, palette, unit, text]);
  const table = useMemo(() => donutTable(items, unit, text), [items, unit, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={240} />;
}
