import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { param } from '@/lib/params/search-params';
import type { SearchParamsInput } from '@/lib/params/filters';
import { ClickHeatmapWidget } from '@/components/dashboard/behaviour/click-heatmap';
import { ErrorsWidget } from '@/components/dashboard/behaviour/errors';
import { FormsWidget, MouseActivityWidget, OutboundWidget, VideosWidget } from '@/components/dashboard/behaviour/interactions';
import { ScrollDepthWidget } from '@/components/dashboard/behaviour/scroll-depth';
import { TopClicksWidget } from '@/components/dashboard/behaviour/top-clicks';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { rangeLabel } from '@/components/dashboard/range-label';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('behaviour'))('title') };
}

export default async function BehaviourPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const key = filterKey(site, filters);
  const page = param(params, 'page');
  const heatmapPage = page?.startsWith('/') ? page.slice(0, 300) : null;
  const t = await getTranslations('behaviour');
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={notice}
      />
      <Grid>
        <Deferred key={`heat:${key}:${heatmapPage}`} title={t('heatmap.title')} wide height={420}>
          <ClickHeatmapWidget site={site} filters={filters} page={heatmapPage} />
        </Deferred>
        <Deferred key={`clicks:${key}`} title={t('clicks.title')} rows={8}>
          <TopClicksWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`mouse:${key}`} title={t('mouse.title')} height={300}>
          <MouseActivityWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`scroll:${key}`} title={t('scroll.title')} wide height={360}>
          <ScrollDepthWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`forms:${key}`} title={t('forms.title')} rows={5}>
          <FormsWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`out:${key}`} title={t('outbound.title')} rows={5}>
          <OutboundWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`video:${key}`} title={t('video.title')} wide rows={5}>
          <VideosWidget site={site} filters={filters} />
        </Deferred>
        <Deferred key={`errors:${key}`} title={t('errors.title')} wide rows={5}>
          <ErrorsWidget site={site} filters={filters} />
        </Deferred>
      </Grid>
    </>
  );
}
