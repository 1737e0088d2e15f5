import { PageHeader } from './page-header';
import { Notice } from '@/components/status/notice';

/**
 * A page's title, its site and period, the zone its days and times are in (the site's own,
 * lib/time/site-day.ts), and the notice for filters that were ignored.
 */
export function DashboardHeading({
  title,
  subtitle,
  timeZone,
  notice,
}: {
  title: string;
  subtitle: string;
  timeZone: string;
  notice?: string | null;
}) {
  return (
    <>
      <PageHeader title={title} subtitle={`${subtitle} · Times in ${timeZone}`} />
      {notice && <Notice>{notice}</Notice>}
    </>
  );
}
