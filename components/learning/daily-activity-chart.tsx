'use client';

import { useMemo } from 'react';
import { buildDailyActivityOption, type DailyActivityPoint } from '@/lib/charts/daily-activity';
import { dailyActivityTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from '@/components/charts/echart';

export function DailyActivityChart({ points, ariaLabel }: { points: DailyActivityPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildDailyActivityOption(points, palette), [points, palette]);
  const table = useMemo(() => dailyActivityTable(points), [points]);
  return (
    <div data-chart="daily-activity">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={200} />
    </div>
  );
}
