import type { Metadata } from 'next';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { ChannelTrendWidget } from '@/components/dashboard/sources/channel-trend';
import { ChannelsWidget } from '@/components/dashboard/sources/channels';
import { SourceListWidget } from '@/components/dashboard/sources/source-list';
import { Grid } from '@/components/dashboard/widget';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  return (
    <>
      <DashboardHeading timeZone={site.timeZone} title="Sources" subtitle={`${site.name} · ${describeRange(filters)}`} notice={notice} />
      <Grid>
        <Deferred key={`channels:${key}`} title="Channels" wide height={300}>
          <ChannelsWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`trend:${key}`} title="Channels over time" wide height={300}>
          <ChannelTrendWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`ref:${key}`} title="Referring domains" rows={6}>
          <SourceListWidget site={site} filters={filters} column="referrerDomain" />
        </Deferred>
        <Deferred key={`src:${key}`} title="UTM source" rows={6}>
          <SourceListWidget site={site} filters={filters} column="utmSource" />
        </Deferred>
        <Deferred key={`med:${key}`} title="UTM medium" rows={6}>
          <SourceListWidget site={site} filters={filters} column="utmMedium" />
        </Deferred>
        <Deferred key={`camp:${key}`} title="UTM campaign" rows={6}>
          <SourceListWidget site={site} filters={filters} column="utmCampaign" />
        </Deferred>
      </Grid>
    </>
  );
}
