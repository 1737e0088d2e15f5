import type { Metadata } from 'next';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { OverviewKpis } from '@/components/dashboard/overview-kpis';
import { GrowthWidget } from '@/components/dashboard/overview/growth';
import { TechnologyWidgets } from '@/components/dashboard/overview/technology';
import { TopPagesWidget, TopSourcesWidget } from '@/components/dashboard/overview/top-lists';
import { filterKey, loadDashboardContext } from './_lib/page-context';
import { KpiGridSkeleton } from '@/components/dashboard/skeletons';
import { Grid } from '@/components/dashboard/widget';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  return (
    <>
      <DashboardHeading timeZone={site.timeZone} title="Overview" subtitle={`${site.name} · ${describeRange(filters)}`} notice={notice} />
      <Deferred key={`kpis:${key}`} title="Key figures" fallback={<KpiGridSkeleton />}>
        <OverviewKpis site={site} filters={filters} />
      </Deferred>
      <Grid>
        <Deferred key={`growth:${key}`} title="Growth" wide height={320}>
          <GrowthWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`pages:${key}`} title="Top pages" rows={8}>
          <TopPagesWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`sources:${key}`} title="Top sources" rows={8}>
          <TopSourcesWidget site={site} filters={filters} />
        </Deferred>
      </Grid>
      <Grid columns={3}>
        <Deferred key={`tech:${key}`} title="Devices" height={240}>
          <TechnologyWidgets site={site} filters={filters} />
        </Deferred>
      </Grid>
    </>
  );
}
