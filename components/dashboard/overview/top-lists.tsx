import Link from 'next/link';
import type { AuthorizedSite } from '@/lib/access';
import { filtersToSearchParams, type Filters } from '@/lib/params/filters';
import { formatPercent } from '@/lib/format';
import { getPageStats } from '@/lib/queries/pages';
import { getChannels } from '@/lib/queries/sources';
import { BarList } from '../bar-list';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

const more = (path: string, filters: Filters, label: string) => (
  <Link href={`${path}?${filtersToSearchParams(filters).toString()}`} className={styles.hint}>
    {label} →
  </Link>
);

export async function TopPagesWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  // Only views are shown, so the exact visitor count (a raw scan) is skipped: all rollups.
  const pages = await getPageStats(site, filters.from, filters.to, { limit: 8, withVisitors: false });
  return (
    <Widget id="top-pages" title="Top pages" subtitle="By pageviews" actions={more('/dashboard/pages', filters, 'All pages')}>
      {pages.length === 0 ? (
        <EmptyState title="No pageviews in this period" />
      ) : (
        <BarList
          labelHeading="Page"
          valueHeading="Views"
          items={pages.map((p) => ({ key: p.path, label: <span className={styles.mono}>{p.path}</span>, value: p.views }))}
        />
      )}
    </Widget>
  );
}

export async function TopSourcesWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  // Only sessions are shown: all from the rollups, no visitor scan.
  const channels = await getChannels(site, filters.from, filters.to, { withVisitors: false });
  const total = channels.reduce((sum, c) => sum + c.sessions, 0);
  return (
    <Widget
      id="top-sources"
      title="Top sources"
      subtitle="Sessions by channel"
      actions={more('/dashboard/sources', filters, 'All sources')}
    >
      {channels.length === 0 ? (
        <EmptyState title="No sessions in this period" />
      ) : (
        <BarList
          labelHeading="Channel"
          valueHeading="Sessions"
          items={channels.map((c) => ({
            key: c.channel,
            label: c.channel,
            value: c.sessions,
            secondary: formatPercent(c.sessions / total, 0),
          }))}
        />
      )}
    </Widget>
  );
}
