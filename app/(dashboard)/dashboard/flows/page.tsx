import type { Metadata } from 'next';
import { paramRecord } from '@/lib/params/search-params';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { flowParams } from '@/lib/params/flows';
import { DEFAULT_FLOW_OPTIONS } from '@/lib/queries/flows';
import { describeZodError } from '@/lib/http/errors';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { FlowsWidget } from '@/components/dashboard/flows/flows-widget';
import { NoSites } from '@/components/dashboard/no-sites';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Grid } from '@/components/dashboard/widget';

export const metadata: Metadata = { title: 'Flows' };

export default async function FlowsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const parsed = flowParams.safeParse(paramRecord(params));
  const options = parsed.success ? parsed.data : DEFAULT_FLOW_OPTIONS;
  const optionNotice = parsed.success ? null : `Ignored invalid flow options (${describeZodError(parsed.error)}); showing the defaults.`;
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title="Flows"
        subtitle={`${site.name} · ${describeRange(filters)}`}
        notice={[notice, optionNotice].filter(Boolean).join(' ') || null}
      />
      <Grid>
        <Deferred key={`flows:${filterKey(site, filters, JSON.stringify(options))}`} title="User flows" wide height={420}>
          <FlowsWidget site={site} filters={filters} options={options} />
        </Deferred>
      </Grid>
    </>
  );
}
