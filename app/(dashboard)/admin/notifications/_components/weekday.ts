// Weekday names and hours of the digest schedule in the reader's language (index 0 = Sunday, as in
// lib/digests/settings WEEKDAYS). Client-safe.
import type { Locale } from '@/lib/i18n/config';

// 4 January 2026 was a Sunday: day `index` of that week, read in UTC.
const SUNDAY = Date.UTC(2026, 0, 4);
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

export function weekdayName(locale: Locale, index: number): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(new Date(SUNDAY + index * 86_400_000));
}

/** "07:00" in both languages (24-hour clock). */
export function hourLabel(locale: Locale, hour: number): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4, hour)),
  );
}
