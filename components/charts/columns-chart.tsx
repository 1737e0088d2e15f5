'use client';

import { useMemo } from 'react';
import { buildColumnsOption, type BarSeries } from '@/lib/charts/bars';
import { FORMATS, formatBucket, type FormatKey } from '@/lib/format';
import { seriesTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

/** Vertical bars; `bucketLabels` turns query bucket keys (days, hours, minutes) into short labels. */
export function ColumnsChart({
  categories,
  series,
  stacked = false,
  format = 'number',
  bucketLabels = false,
  height = 260,
  ariaLabel,
  tableLabel = bucketLabels ? 'Time' : 'Category',
}: {
  categories: string[];
  series: BarSeries[];
  stacked?: boolean;
  format?: FormatKey;
  bucketLabels?: boolean;
  height?: number;
  ariaLabel: string;
  /** The heading of the table's first column (what the categories are). */
  tableLabel?: string;
}) {
  const palette = useChartPalette();
  const labels = useMemo(() => (bucketLabels ? categories.map(formatBucket) : categories), [categories, bucketLabels]);
  const option = useMemo(
    () => buildColumnsOption(labels, series, palette, { stacked, format: FORMATS[format] }),
    [labels, series, palette, stacked, format],
  );
  const table = useMemo(() => seriesTable(tableLabel, labels, series, FORMATS[format]), [tableLabel, labels, series, format]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={height} />;
}
