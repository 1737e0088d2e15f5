'use client';

import { useMemo } from 'react';
import { buildFunnelOption, type FunnelBar } from '@/lib/charts/funnel';
import { funnelTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useNarrow } from './use-narrow';
import { useChartText } from './use-chart-text';

export function FunnelChart({ steps, unit, ariaLabel }: { steps: FunnelBar[]; unit: string; ariaLabel: string }) {
  const palette = useChartPalette();
  const narrow = useNarrow();
  const text = useChartText();
  const option = useMemo(() => buildFunnelOption(steps, palette, unit, narrow, text), [steps, palette, unit, narrow, text]);
  const table = useMemo(() => funnelTable(steps, unit, text), [steps, unit, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={320} />;
}
