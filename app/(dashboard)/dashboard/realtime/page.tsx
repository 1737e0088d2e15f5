import type { Metadata } from 'next';
import type { SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { loadDashboardContext } from '../_lib/page-context';
import { RealtimeSnapshot } from '@/components/dashboard/realtime/realtime-snapshot';

export const metadata: Metadata = { title: 'Realtime' };

export default async function RealtimePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title="Realtime"
        subtitle={`${site.name} · last 30 minutes, refreshed every 5 seconds (the date range does not apply here)`}
        notice={notice}
      />
      <Deferred key={site.id} title="Active visitors" wide height={240}>
        <RealtimeSnapshot site={site} />
      </Deferred>
    </>
  );
}
