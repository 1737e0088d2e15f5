'use client';

import { useMemo } from 'react';
import { buildTimeseriesOption, type TimeSeries } from '@/lib/charts/timeseries';
import { timeseriesTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

export function TimeseriesChart({
  buckets,
  series,
  stacked = false,
  height = 300,
  ariaLabel,
}: {
  buckets: string[];
  series: TimeSeries[];
  stacked?: boolean;
  height?: number;
  ariaLabel: string;
}) {
  const palette = useChartPalette();
  const text = useChartText();
  const option = useMemo(
    () => buildTimeseriesOption(buckets, series, palette, { stacked }, text),
    [buckets, series, palette, stacked, text],
  );
  const table = useMemo(() => timeseriesTable(buckets, series, text), [buckets, series, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={height} />;
}
