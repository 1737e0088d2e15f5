import 'server-only';
import { getTranslations } from 'next-intl/server';
import { customDays, type Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';

/** The period a page shows, in the reader's language: "Last 7 days" / "最近 7 天", or the custom days. */
export async function rangeLabel(filters: Pick<Filters, 'range' | 'from' | 'to' | 'timeZone'>): Promise<string> {
  if (filters.range !== 'custom') return (await getTranslations('shell.rangeTitles'))(filters.range);
  const format = await getFormat('UTC');
  const days = customDays(filters);
  const day = (key: string) => format.day(`${key}T00:00:00Z`);
  return days.from === days.to ? day(days.from) : `${day(days.from)} – ${day(days.to)}`;
}
