'use client';

import { useMemo } from 'react';
import { buildXpByPillarOption, type PillarXpPoint } from '@/lib/charts/xp-by-pillar';
import { xpByPillarTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from '@/components/charts/echart';

/** XP per pillar as labelled bars; height follows the number of pillars so it fits a phone. */
export function XpByPillarChart({ rows, ariaLabel }: { rows: PillarXpPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildXpByPillarOption(rows, palette), [rows, palette]);
  const table = useMemo(() => xpByPillarTable(rows), [rows]);
  return (
    <div data-chart="xp-by-pillar">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(120, rows.length * 36 + 16)} />
    </div>
  );
}
