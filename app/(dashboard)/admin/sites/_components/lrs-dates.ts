import type { Formatter } from '@/lib/i18n/format';

/** The date and time in UTC (the admin tables show instants, not relative times), or `never` as given. */
export function formatLastUsed(date: Date | null, format: Formatter, never: string): string {
  return date ? format.dayTime(date) : never;
}
