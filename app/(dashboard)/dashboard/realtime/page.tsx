import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { SearchParamsInput } from '@/lib/params/filters';
import { Data, DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { loadDashboardContext } from '../_lib/page-context';
import { RealtimeSnapshot } from '@/components/dashboard/realtime/realtime-snapshot';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('realtime'))('title') };
}

export default async function RealtimePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const t = await getTranslations('realtime');
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={t.rich('subtitle', { site: site.name, data: (chunks) => <Data>{chunks}</Data> })}
        notice={notice}
      />
      <Deferred key={site.id} title={t('activeVisitors')} wide height={240}>
        <RealtimeSnapshot site={site} />
      </Deferred>
    </>
  );
}
