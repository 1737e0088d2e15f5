'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { buildXpByPillarOption, xpByPillarTableIn, type PillarXpPoint } from '@/lib/charts/xp-by-pillar';
import { EChart, useChartPalette } from '@/components/charts/echart';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';

/** XP per pillar as labelled bars; height follows the number of pillars so it fits a phone. */
export function XpByPillarChart({ rows, ariaLabel }: { rows: PillarXpPoint[]; ariaLabel: string }) {
  const palette = useChartPalette();
  const locale = useLocale();
  const t = useTranslations('parent');
  const text = useMemo(() => ({ format: createFormatter(isLocale(locale) ? locale : 'en'), t: t as unknown as Translate }), [locale, t]);
  const option = useMemo(() => buildXpByPillarOption(rows, palette, text), [rows, palette, text]);
  const table = useMemo(() => xpByPillarTableIn(rows, text), [rows, text]);
  return (
    <div data-chart="xp-by-pillar">
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={Math.max(120, rows.length * 36 + 16)} />
    </div>
  );
}
