import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { paramRecord } from '@/lib/params/search-params';
import type { SearchParamsInput } from '@/lib/params/filters';
import { flowParams } from '@/lib/params/flows';
import { DEFAULT_FLOW_OPTIONS } from '@/lib/queries/flows';
import { describeZodError } from '@/lib/http/errors';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { FlowsWidget } from '@/components/dashboard/flows/flows-widget';
import { NoSites } from '@/components/dashboard/no-sites';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('flows'))('title') };
}

export default async function FlowsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const t = await getTranslations('flows');
  const parsed = flowParams.safeParse(paramRecord(params));
  const options = parsed.success ? parsed.data : DEFAULT_FLOW_OPTIONS;
  const optionNotice = parsed.success ? null : t('invalidOptions', { detail: describeZodError(parsed.error) });
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={[notice, optionNotice].filter(Boolean).join(' ') || null}
      />
      <Grid>
        <Deferred key={`flows:${filterKey(site, filters, JSON.stringify(options))}`} title={t('widgetTitle')} wide height={420}>
          <FlowsWidget site={site} filters={filters} options={options} />
        </Deferred>
      </Grid>
    </>
  );
}
