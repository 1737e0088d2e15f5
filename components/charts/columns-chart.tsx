'use client';

import { useMemo } from 'react';
import { buildColumnsOption, type BarSeries } from '@/lib/charts/bars';
import { FORMATS, formatBucket, type FormatKey } from '@/lib/format';
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
}: {
  categories: string[];
  series: BarSeries[];
  stacked?: boolean;
  format?: FormatKey;
  bucketLabels?: boolean;
  height?: number;
  ariaLabel: string;
}) {
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      buildColumnsOption(bucketLabels ? categories.map(formatBucket) : categories, series, palette, { stacked, format: FORMATS[format] }),
    [categories, series, palette, stacked, format, bucketLabels],
  );
  return <EChart option={option} ariaLabel={ariaLabel} height={height} />;
}
