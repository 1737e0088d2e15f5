import type { Metadata } from 'next';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { CohortWidget } from '@/components/dashboard/retention/cohorts';
import { NewVsReturningWidget } from '@/components/dashboard/retention/new-vs-returning';
import { Grid } from '@/components/dashboard/widget';

export const metadata: Metadata = { title: 'Retention' };

export default async function RetentionPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  return (
    <>
      <DashboardHeading timeZone={site.timeZone} title="Retention" subtitle={`${site.name} · ${describeRange(filters)}`} notice={notice} />
      <Grid>
        <Deferred key={`nvr:${key}`} title="New vs returning visitors" wide height={280}>
          <NewVsReturningWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`cohorts:${key}`} title="Weekly cohorts" wide height={320}>
          <CohortWidget site={site} from={filters.from} to={filters.to} />
        </Deferred>
      </Grid>
    </>
  );
}
