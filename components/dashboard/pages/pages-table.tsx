import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getPageStats, type PageRow } from '@/lib/queries/pages';
import { RankingChart } from '@/components/charts/ranking-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { hrefWith } from '../hidden-filters';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

/** Sort keys; their column names are pages.sorts.<key>. */
export const PAGE_SORTS = {
  views: { value: (r: PageRow) => r.views },
  visitors: { value: (r: PageRow) => r.visitors },
  entries: { value: (r: PageRow) => r.entries },
  bounce: { value: (r: PageRow) => r.bounceRate ?? -1 },
  time: { value: (r: PageRow) => r.avgTimeMs },
  load: { value: (r: PageRow) => r.avgLoadMs ?? -1 },
} as const;
export type PageSort = keyof typeof PAGE_SORTS;

function SortHeader({ sort, current, filters, showAll }: { sort: PageSort; current: PageSort; filters: Filters; showAll: boolean }) {
  const t = useTranslations('pages.sorts');
  return (
    <Link
      className={styles.sortLink}
      aria-current={sort === current}
      href={hrefWith('/dashboard/pages', filters, { sort, all: showAll ? '1' : undefined })}
      scroll={false}
    >
      {t(sort)}
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
  const [rows, t, d, f] = await Promise.all([
    getPageStats(site, filters.from, filters.to),
    getTranslations('pages'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  if (rows.length === 0) {
    return (
      <Widget id="pages" title={t('title')} wide>
        <EmptyState title={d('empty.noPageviews')}>{t('emptyBody')}</EmptyState>
      </Widget>
    );
  }
  const sorted = sort === 'views' ? rows : [...rows].sort((a, b) => PAGE_SORTS[sort].value(b) - PAGE_SORTS[sort].value(a));
  const shown = showAll ? sorted : sorted.slice(0, PAGE_ROWS);
  const header = (key: PageSort) => <SortHeader sort={key} current={sort} filters={filters} showAll={showAll} />;
  return (
    <>
      <Widget id="top-pages-chart" title={t('mostViewed')} subtitle={t('mostViewedSubtitle')} wide>
        <RankingChart
          items={rows.slice(0, 10).map((r) => ({ label: r.path, value: r.views }))}
          name={t('sorts.views')}
          ariaLabel={t('mostViewedAria')}
        />
      </Widget>
      <Widget id="pages" title={t('all')} subtitle={t('allSubtitle', { count: f.number(rows.length) })} wide>
        <DataTable<PageRow>
          caption={t('caption')}
          rows={shown}
          rowKey={(r) => r.path}
          columns={[
            { key: 'path', label: d('columns.path'), mono: true, render: (r) => r.path },
            { key: 'views', label: header('views'), numeric: true, render: (r) => f.number(r.views) },
            { key: 'visitors', label: header('visitors'), numeric: true, render: (r) => f.number(r.visitors) },
            { key: 'entries', label: header('entries'), numeric: true, render: (r) => f.number(r.entries) },
            {
              key: 'bounce',
              label: header('bounce'),
              numeric: true,
              render: (r) => (r.bounceRate === null ? '—' : f.percent(r.bounceRate)),
            },
            { key: 'time', label: header('time'), numeric: true, render: (r) => f.duration(r.avgTimeMs) },
            { key: 'load', label: header('load'), numeric: true, render: (r) => (r.avgLoadMs === null ? '—' : f.ms(r.avgLoadMs)) },
          ]}
        />
        {shown.length < sorted.length && (
          <p className={styles.hint}>
            {t('showing', { shown: f.number(shown.length), total: f.number(sorted.length) })} ·{' '}
            <Link href={hrefWith('/dashboard/pages', filters, { sort, all: '1' })} scroll={false}>
              {t('showAll')}
            </Link>
          </p>
        )}
      </Widget>
    </>
  );
}
