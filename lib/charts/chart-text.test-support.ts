// Real catalogues for the chart builders' unit tests, so both languages are checked against what ships.
import type { Locale } from '@/lib/i18n/config';
import { readCatalogue } from '@/lib/i18n/catalogue';
import { createFormatter } from '@/lib/i18n/format';
import { translatorFor } from '@/lib/i18n/translate';
import type { ChartText } from './chart-text';

export function chartText(locale: Locale, timeZone = 'UTC', namespace = 'charts'): ChartText {
  return { format: createFormatter(locale, timeZone), t: translatorFor(locale, namespace, readCatalogue(locale)[namespace] ?? {}) };
}
