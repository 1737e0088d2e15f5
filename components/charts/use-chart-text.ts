'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { ChartText } from '@/lib/charts/chart-text';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';

/** The reader's ChartText for client charts: their locale, the site's time zone, the `charts` messages. */
/** `namespace` picks another page's chart words (e.g. `learning` for the student page's charts). */
export function useChartText(timeZone = 'UTC', namespace: 'charts' | 'learning' = 'charts'): ChartText {
  const locale = useLocale();
  const t = useTranslations(namespace);
  return useMemo(
    () => ({ format: createFormatter(isLocale(locale) ? locale : 'en', timeZone), t: t as unknown as Translate }),
    [locale, timeZone, t],
  );
}
