import Link from 'next/link';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatDuration, formatMs, formatNumber, formatPercent } from '@/lib/format';
import { getPageStats, type PageRow } from '@/lib/queries/pages';
import { RankingChart } from '@/components/charts/ranking-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { hrefWith } from '../hidden-filters';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

export const PAGE_SORTS = {
  views: { label: 'Views', value: (r: PageRow) => r.views },
  visitors: { label: 'Visitors', value: (r: PageRow) => r.visitors },
  entries: { label: 'Entries', value: (r: PageRow) => r.entries },
  bounce: { label: 'Bounce rate', value: (r: PageRow) => r.bounceRate ?? -1 },
  time: { label: 'Time on page', value: (r: PageRow) => r.avgTimeMs },
  load: { label: 'Load time', value: (r: PageRow) => r.avgLoadMs ?? -1 },
} as const;
export type PageSort = keyof typeof PAGE_SORTS;

function SortHeader({ sort, current, filters, showAll }: { sort: PageSort; current: PageSort; filters: Filters; showAll: boolean }) {
  return (
    <Link
      className={styles.sortLink}
      aria-current={sort === current}
      href={hrefWith('/dashboard/pages', filters, { sort, all: showAll ? '1' : undefined })}
      scroll={false}
    >
      {PAGE_SORTS[sort].label}
      {sort === current ? ' ↓' : ''}
    </Link>
  );
}

/** Rows shown before "Show all" (the rest are a click away, still server-rendered). */
export const PAGE_ROWS = 50;

export async function PagesWidgets({
  site,
  filters,
  sort,
  showAll,
}: {
  site: AuthorizedSite;
  filters: Filters;
  sort: PageSort;
  showAll: boolean;
}) {
  const rows = await getPageStats(site, filters.from, filters.to);
  if (rows.length === 0) {
    return (
      <Widget id="pages" title="Pages" wide>
        <EmptyState title="No pageviews in this period">Pages appear once the SDK records a pageview on them.</EmptyState>
      </Widget>
    );
  }
  const sorted = sort === 'views' ? rows : [...rows].sort((a, b) => PAGE_SORTS[sort].value(b) - PAGE_SORTS[sort].value(a));
  const shown = showAll ? sorted : sorted.slice(0, PAGE_ROWS);
  const header = (key: PageSort) => <SortHeader sort={key} current={sort} filters={filters} showAll={showAll} />;
  return (
    <>
      <Widget id="top-pages-chart" title="Most viewed pages" subtitle="Top 10 by pageviews" wide>
        <RankingChart
          items={rows.slice(0, 10).map((r) => ({ label: r.path, value: r.views }))}
          name="Views"
          ariaLabel="Pageviews of the ten most viewed pages"
        />
      </Widget>
      <Widget
        id="pages"
        title="All pages"
        subtitle={`${formatNumber(rows.length)} paths · bounce rate counts sessions that entered on the page · time on page = total time before leaving ÷ views`}
        wide
      >
        <DataTable<PageRow>
          caption="Per-page statistics"
          rows={shown}
          rowKey={(r) => r.path}
          columns={[
            { key: 'path', label: 'Path', mono: true, render: (r) => r.path },
            { key: 'views', label: header('views'), numeric: true, render: (r) => formatNumber(r.views) },
            { key: 'visitors', label: header('visitors'), numeric: true, render: (r) => formatNumber(r.visitors) },
            { key: 'entries', label: header('entries'), numeric: true, render: (r) => formatNumber(r.entries) },
            {
              key: 'bounce',
              label: header('bounce'),
              numeric: true,
              render: (r) => (r.bounceRate === null ? '—' : formatPercent(r.bounceRate)),
            },
            { key: 'time', label: header('time'), numeric: true, render: (r) => formatDuration(r.avgTimeMs) },
            { key: 'load', label: header('load'), numeric: true, render: (r) => (r.avgLoadMs === null ? '—' : formatMs(r.avgLoadMs)) },
          ]}
        />
        {shown.length < sorted.length && (
          <p className={styles.hint}>
            Showing {shown.length} of {formatNumber(sorted.length)} paths ·{' '}
            <Link href={hrefWith('/dashboard/pages', filters, { sort, all: '1' })} scroll={false}>
              Show all
            </Link>
          </p>
        )}
      </Widget>
    </>
  );
}
