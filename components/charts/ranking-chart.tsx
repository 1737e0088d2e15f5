'use client';

import { useMemo } from 'react';
import { buildRankingOption, type BarItem } from '@/lib/charts/bars';
import { formatByKey, type FormatKey } from '@/lib/i18n/format';
import { rankingTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

/** Horizontal bars, largest first; height grows with the number of rows. */
export function RankingChart({
  items,
  name,
  format = 'number',
  ariaLabel,
}: {
  items: BarItem[];
  name: string;
  format?: FormatKey;
  ariaLabel: string;
}) {
  const palette = useChartPalette();
  const text = useChartText();
  const option = useMemo(
    () => buildRankingOption(items, palette, formatByKey(text.format, format), name, text),
    [items, palette, format, name, text],
  );
  const table = useMemo(() => rankingTable(items, name, formatByKey(text.format, format), text), [items, name, format, text]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(120, items.length * 30 + 16)} />;
}
