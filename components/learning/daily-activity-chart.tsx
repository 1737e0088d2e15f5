'use client';

import { useMemo } from 'react';
import { buildDailyActivityOption, type DailyActivityPoint } from '@/lib/charts/daily-activity';
import { EChart, useChartPalette } from '@/components/charts/echart';

export function DailyActivityChart({ points, ariaLabel }: { points: DailyActivityPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildDailyActivityOption(points, palette), [points, palette]);
  return (
    <div data-chart="daily-activity">
      <EChart option={option} ariaLabel={ariaLabel} height={200} />
    </div>
  );
}
