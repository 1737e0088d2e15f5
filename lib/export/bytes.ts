// File sizes in the reader's locale: the figure through Intl, the unit a symbol (B, KB, MB, GB)
// that reads the same in English and Chinese. English output equals lib/format.ts formatBytes.
import type { Locale } from '@/lib/i18n/config';

const UNITS = ['KB', 'MB', 'GB'] as const;
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

export function byteFormatter(locale: Locale): (bytes: number) => string {
  const whole = new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 0 });
  const tenth = new Intl.NumberFormat(NUMBER_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (bytes) => {
    if (bytes < 1024) return `${whole.format(bytes)} B`;
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${(value < 10 ? tenth : whole).format(value)} ${UNITS[unit]}`;
  };
}
