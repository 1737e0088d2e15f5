'use client';

import { useMemo } from 'react';
import { buildDonutOption } from '@/lib/charts/donut';
import { EChart, useChartPalette } from './echart';

export function DonutChart({ items, unit, ariaLabel }: { items: { label: string; value: number }[]; unit: string; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildDonutOption(items, palette, unit), [items, palette, unit]);
  return <EChart option={option} ariaLabel={ariaLabel} height={240} />;
}
