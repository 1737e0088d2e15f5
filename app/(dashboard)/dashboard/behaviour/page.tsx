import type { Metadata } from 'next';
import { param } from '@/lib/params/search-params';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { ClickHeatmapWidget } from '@/components/dashboard/behaviour/click-heatmap';
import { ErrorsWidget } from '@/components/dashboard/behaviour/errors';
import { FormsWidget, MouseActivityWidget, OutboundWidget, VideosWidget } from '@/components/dashboard/behaviour/interactions';
import { ScrollDepthWidget } from '@/components/dashboard/behaviour/scroll-depth';
import { TopClicksWidget } from '@/components/dashboard/behaviour/top-clicks';
import { DashboardHeading } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Grid } from '@/components/dashboard/widget';

export const metadata: Metadata = { title: 'Behaviour' };

export default async function BehaviourPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  const page = param(params, 'page');
  const heatmapPage = page?.startsWith('/') ? page.slice(0, 300) : null;
  return (
    <>
      <DashboardHeading timeZone={site.timeZone} title="Behaviour" subtitle={`${site.name} · ${describeRange(filters)}`} notice={notice} />
      <Grid>
        <Deferred key={`heat:${key}:${heatmapPage}`} title="Click heatmap" wide height={420}>
          <ClickHeatmapWidget site={site} filters={filters} page={heatmapPage} />
        </Deferred>
        <Deferred key={`clicks:${key}`} title="Top clicked elements" rows={8}>
          <TopClicksWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`mouse:${key}`} title="Mouse activity" height={300}>
          <MouseActivityWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`scroll:${key}`} title="Scroll depth" wide height={360}>
          <ScrollDepthWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`forms:${key}`} title="Form submissions" rows={5}>
          <FormsWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`out:${key}`} title="Downloads and outbound links" rows={5}>
          <OutboundWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`video:${key}`} title="Video" wide rows={5}>
          <VideosWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`errors:${key}`} title="Errors" wide rows={5}>
          <ErrorsWidget site={site} filters={filters} />
        </Deferred>
      </Grid>
    </>
  );
}
