// The risk words for server components of the learning pages: `risk` translator, the level words
// and factor info in the request's language, and a formatter. Not async, so it uses next-intl's
// hooks (fine in non-async server components and in client leaves alike).
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import { levelInfo } from '@/lib/risk/levels';
import { factorInfoIn } from '@/lib/risk/risk-text';

export function useRiskText(timeZone?: string): {
  t: Translate;
  f: Formatter;
  levels: ReturnType<typeof levelInfo>;
  factors: ReturnType<typeof factorInfoIn>;
} {
  const t = useTranslations('risk') as unknown as Translate;
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en', timeZone);
  return { t, f, levels: levelInfo(undefined, t), factors: factorInfoIn(t) };
}
