'use client';

import { useMemo } from 'react';
import { buildFunnelOption, type FunnelBar } from '@/lib/charts/funnel';
import { funnelTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useNarrow } from './use-narrow';

export function FunnelChart({ steps, unit, ariaLabel }: { steps: FunnelBar[]; unit: string; ariaLabel: string }) {
  const palette = useChartPalette();
  const narrow = useNarrow();
  const option = useMemo(() => buildFunnelOption(steps, palette, unit, narrow), [steps, palette, unit, narrow]);
  const table = useMemo(() => funnelTable(steps, unit), [steps, unit]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={320} />;
}
