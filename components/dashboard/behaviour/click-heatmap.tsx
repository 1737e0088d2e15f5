import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getClickHeatmap } from '@/lib/queries/behaviour';
import { ClickHeatmapChart } from '@/components/charts/click-heatmap-chart';
import { Data } from '../dashboard-heading';
import { EmptyState } from '../empty-state';
import { HiddenFilters } from '../hidden-filters';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

export async function ClickHeatmapWidget({ site, filters, page }: { site: AuthorizedSite; filters: Filters; page: string | null }) {
  const [heatmap, t, f] = await Promise.all([
    getClickHeatmap(site, filters.from, filters.to, page),
    getTranslations('behaviour.heatmap'),
    getFormat(site.timeZone),
  ]);
  const data = (chunks: ReactNode) => <Data>{chunks}</Data>;
  const options =
    heatmap.path && !heatmap.pages.some((p) => p.path === heatmap.path)
      ? [{ path: heatmap.path, clicks: 0 }, ...heatmap.pages]
      : heatmap.pages;
  const picker = options.length > 0 && (
    <form method="get" className={styles.inlineForm} aria-label={t('pickerAria')}>
      <HiddenFilters filters={filters} />
      <select name="page" className="select" defaultValue={heatmap.path ?? ''} aria-label={t('page')} style={{ maxWidth: 260 }}>
        {options.map((p) => (
          <option key={p.path} value={p.path} translate="no">
            {p.path} ({f.number(p.clicks)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary button-small">
        {t('show')}
      </button>
    </form>
  );
  return (
    <Widget
      id="click-heatmap"
      title={t('title')}
      subtitle={
        heatmap.path
          ? t.rich('subtitle', { clicks: f.number(heatmap.clicks), path: heatmap.path, cell: heatmap.cell, data })
          : t('subtitleNoPage')
      }
      actions={picker}
      wide
    >
      {heatmap.clicks === 0 ? (
        <EmptyState title={t('emptyTitle')}>{heatmap.path ? t.rich('emptyPage', { path: heatmap.path, data }) : t('emptyAll')}</EmptyState>
      ) : (
        <ClickHeatmapChart cells={heatmap.cells} cell={heatmap.cell} ariaLabel={t('aria', { path: heatmap.path ?? '' })} />
      )}
    </Widget>
  );
}
