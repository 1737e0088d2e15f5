import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { Notice } from '@/components/status/notice';

/** User data inside translated text (site names, paths): marked so translators and the zh-CN check leave it alone. */
export function Data({ children }: { children: ReactNode }) {
  return <span translate="no">{children}</span>;
}

/** "<site> · <period>" for an analytics page, with the site name marked as data. */
export function SiteRange({ site, range }: { site: string; range: string }) {
  return (
    <>
      <Data>{site}</Data> · {range}
    </>
  );
}

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
  subtitle: ReactNode;
  timeZone: string;
  notice?: string | null;
}) {
  const t = useTranslations('dashboard');
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          <>
            {subtitle} · {t.rich('timesIn', { timeZone, zone: (chunks) => <Data>{chunks}</Data> })}
          </>
        }
      />
      {notice && <Notice>{notice}</Notice>}
    </>
  );
}
