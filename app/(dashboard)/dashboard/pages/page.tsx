import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { param } from '@/lib/params/search-params';
import type { SearchParamsInput } from '@/lib/params/filters';
import { DashboardHeading, SiteRange } from '@/components/dashboard/dashboard-heading';
import { Deferred } from '@/components/dashboard/deferred';
import { NoSites } from '@/components/dashboard/no-sites';
import { rangeLabel } from '@/components/dashboard/range-label';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { PAGE_SORTS, PagesWidgets, type PageSort } from '@/components/dashboard/pages/pages-table';
import { Grid } from '@/components/dashboard/widget';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pages'))('title') };
}

export default async function PagesPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice, params } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const requested = param(params, 'sort');
  const sort: PageSort = requested && requested in PAGE_SORTS ? (requested as PageSort) : 'views';
  const showAll = param(params, 'all') === '1';
  const t = await getTranslations('pages');
  return (
    <>
      <DashboardHeading
        timeZone={site.timeZone}
        title={t('title')}
        subtitle={<SiteRange site={site.name} range={await rangeLabel(filters)} />}
        notice={notice}
      />
      <Grid>
        <Deferred key={`pages:${filterKey(site, filters, `${sort}:${showAll}`)}`} title={t('title')} wide rows={10}>
          <PagesWidgets site={site} filters={filters} sort={sort} showAll={showAll} />
        </Deferred>
      </Grid>
    </>
  );
}
