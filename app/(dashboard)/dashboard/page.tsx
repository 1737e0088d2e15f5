import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { OverviewKpis } from '@/components/dashboard/overview-kpis';
import { GrowthWidget } from '@/components/dashboard/overview/growth';
import { TechnologyWidgets } from '@/components/dashboard/overview/technology';
import { TopPagesWidget, TopSourcesWidget } from '@/components/dashboard/overview/top-lists';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from './_lib/page-context';
import { KpiGridSkeleton } from '@/components/dashboard/skeletons';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  const [t, d] = await Promise.all([getTranslations('overview'), getTranslations('dashboard')]);
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={notice}
      />
      <Deferred key={`kpis:${key}`} title={d('keyFigures')} fallback={<KpiGridSkeleton />}>
        <OverviewKpis site={site} filters={filters} />
      </Deferred>
      <Grid>
        <Deferred key={`growth:${key}`} title={t('growth.title')} wide height={320}>
          <GrowthWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`pages:${key}`} title={t('topPages.title')} rows={8}>
          <TopPagesWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`sources:${key}`} title={t('topSources.title')} rows={8}>
          <TopSourcesWidget site={site} filters={filters} />
        </Deferred>
      </Grid>
      <Grid columns={3}>
        <Deferred key={`tech:${key}`} title={t('technology.devices')} height={240}>
          <TechnologyWidgets site={site} filters={filters} />
        </Deferred>
      </Grid>
    </>
  );
}
