import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import { filtersToSearchParams, type Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
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
  const [pages, t, d] = await Promise.all([
    getPageStats(site, filters.from, filters.to, { limit: 8, withVisitors: false }),
    getTranslations('overview.topPages'),
    getTranslations('dashboard'),
  ]);
  return (
    <Widget id="top-pages" title={t('title')} subtitle={t('subtitle')} actions={more('/dashboard/pages', filters, t('more'))}>
      {pages.length === 0 ? (
        <EmptyState title={d('empty.noPageviews')} />
      ) : (
        <BarList
          labelHeading={d('columns.page')}
          valueHeading={d('columns.views')}
          items={pages.map((p) => ({ key: p.path, label: <span className={styles.mono}>{p.path}</span>, value: p.views }))}
        />
      )}
    </Widget>
  );
}

export async function TopSourcesWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  // Only sessions are shown: all from the rollups, no visitor scan.
  const [channels, t, d, f] = await Promise.all([
    getChannels(site, filters.from, filters.to, { withVisitors: false }),
    getTranslations('overview.topSources'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  const total = channels.reduce((sum, c) => sum + c.sessions, 0);
  return (
    <Widget id="top-sources" title={t('title')} subtitle={t('subtitle')} actions={more('/dashboard/sources', filters, t('more'))}>
      {channels.length === 0 ? (
        <EmptyState title={d('empty.noSessions')} />
      ) : (
        <BarList
          labelHeading={d('columns.channel')}
          valueHeading={d('columns.sessions')}
          translatedLabels
          items={channels.map((c) => ({
            key: c.channel,
            label: d.has(`channels.${c.channel}`) ? d(`channels.${c.channel}`) : c.channel,
            value: c.sessions,
            secondary: f.percent(c.sessions / total, 0),
          }))}
        />
      )}
    </Widget>
  );
}
