import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { ChannelTrendWidget } from '@/components/dashboard/sources/channel-trend';
import { ChannelsWidget } from '@/components/dashboard/sources/channels';
import { SourceListWidget } from '@/components/dashboard/sources/source-list';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sources'))('title') };
}

const LISTS = [
  ['ref', 'referrerDomain'],
  ['src', 'utmSource'],
  ['med', 'utmMedium'],
  ['camp', 'utmCampaign'],
] as const;

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  const t = await getTranslations('sources');
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={notice}
      />
      <Grid>
        <Deferred key={`channels:${key}`} title={t('channels.title')} wide height={300}>
          <ChannelsWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`trend:${key}`} title={t('trend.title')} wide height={300}>
          <ChannelTrendWidget site={site} filters={filters} />
        </Deferred>
        {LISTS.map(([prefix, column]) => (
          <Deferred key={`${prefix}:${key}`} title={t(`lists.${column}.title`)} rows={6}>
            <SourceListWidget site={site} filters={filters} column={column} />
          </Deferred>
        ))}
      </Grid>
    </>
  );
}
