'use client';

import { useMemo } from 'react';
import { buildDailyActivityOption, type DailyActivityPoint } from '@/lib/charts/daily-activity';
import { dailyActivityTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from '@/components/charts/echart';
import { useChartText } from '@/components/charts/use-chart-text';

export function DailyActivityChart({ points, ariaLabel }: { points: DailyActivityPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const text = useChartText('UTC', 'learning');
  const option = useMemo(() => buildDailyActivityOption(points, palette, text), [points, palette, text]);
  const table = useMemo(() => dailyActivityTable(points, text), [points, text]);
  return (
    <div data-chart="daily-activity">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={200} />
    </div>
  );
}
