'use client';

import { useMemo } from 'react';
import { buildColumnsOption, type BarSeries } from '@/lib/charts/bars';
import { formatByKey, type FormatKey } from '@/lib/i18n/format';
import { seriesTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

/** Vertical bars; `bucketLabels` turns query bucket keys (days, hours, minutes) into short labels. */
export function ColumnsChart({
  categories,
  series,
  stacked = false,
  format = 'number',
  bucketLabels = false,
  height = 260,
  ariaLabel,
  tableLabel,
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
  const text = useChartText();
  const heading = tableLabel ?? text.t(bucketLabels ? 'time' : 'category');
  const labels = useMemo(() => (bucketLabels ? categories.map(text.format.bucket) : categories), [categories, bucketLabels, text]);
  const option = useMemo(
    () => buildColumnsOption(labels, series, palette, { stacked, format: formatByKey(text.format, format) }, text),
    [labels, series, palette, stacked, format, text],
  );
  const table = useMemo(
    () => seriesTable(heading, labels, series, formatByKey(text.format, format)),
    [heading, labels, series, format, text],
  );
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={height} />;
}
