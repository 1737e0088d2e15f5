import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { param } from '@/lib/params/search-params';
import type { SearchParamsInput } from '@/lib/params/filters';
import { describeZodError } from '@/lib/http/errors';
import { DEFAULT_FUNNEL, funnelStepsSchema } from '@/lib/queries/funnel-steps';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { FunnelForm } from '@/components/dashboard/funnels/funnel-form';
import { FunnelWidget } from '@/components/dashboard/funnels/funnel-widget';
import { NoSites } from '@/components/dashboard/no-sites';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('funnels'))('title') };
}

export default async function FunnelsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const t = await getTranslations('funnels');
  const requested = param(params, 'steps') ?? DEFAULT_FUNNEL;
  const parsed = funnelStepsSchema.safeParse(requested);
  const by = param(params, 'by') === 'visitor' ? 'visitor' : 'session';
  const stepsNotice = parsed.success ? null : t('invalidSteps', { detail: describeZodError(parsed.error).replace(/^body: /, '') });
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={[notice, stepsNotice].filter(Boolean).join(' ') || null}
      />
      <FunnelForm filters={filters} steps={requested} by={by} />
      {parsed.success && (
        <Grid>
          <Deferred key={`funnel:${filterKey(site, filters, `${requested}:${by}`)}`} title={t('widget.title')} wide height={320}>
            <FunnelWidget site={site} filters={filters} steps={parsed.data} by={by} />
          </Deferred>
        </Grid>
      )}
    </>
  );
}
