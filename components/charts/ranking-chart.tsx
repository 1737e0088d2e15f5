'use client';

import { useMemo } from 'react';
import { buildRankingOption, type BarItem } from '@/lib/charts/bars';
import { FORMATS, type FormatKey } from '@/lib/format';
import { rankingTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

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
  const option = useMemo(() => buildRankingOption(items, palette, FORMATS[format], name), [items, palette, format, name]);
  const table = useMemo(() => rankingTable(items, name, FORMATS[format]), [items, name, format]);
  return <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(120, items.length * 30 + 16)} />;
}
