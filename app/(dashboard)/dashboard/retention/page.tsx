import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { CohortWidget } from '@/components/dashboard/retention/cohorts';
import { NewVsReturningWidget } from '@/components/dashboard/retention/new-vs-returning';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('retention'))('title') };
}

export default async function RetentionPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  const t = await getTranslations('retention');
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={notice}
      />
      <Grid>
        <Deferred key={`nvr:${key}`} title={t('newVsReturning.title')} wide height={280}>
          <NewVsReturningWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`cohorts:${key}`} title={t('cohorts.title')} wide height={320}>
          <CohortWidget site={site} from={filters.from} to={filters.to} />
        </Deferred>
      </Grid>
    </>
  );
}
