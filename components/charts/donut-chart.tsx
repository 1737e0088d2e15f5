'use client';

import { useMemo } from 'react';
import { buildDonutOption } from '@/lib/charts/donut';
import { donutTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

export function DonutChart({ items, unit, ariaLabel }: { items: { label: string; value: number }[]; unit: string; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildDonutOption(items, palette, unit), [items, palette, unit]);
  const table = useMemo(() => donutTable(items, unit), [items, unit]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={240} />;
}
