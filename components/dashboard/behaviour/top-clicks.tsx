import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getTopClicks, type ClickedElement } from '@/lib/queries/behaviour';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

function elementName(e: ClickedElement): string {
  return `${e.tag ?? 'element'}${e.elementId ? `#${e.elementId}` : ''}`;
}

export async function TopClicksWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t, d, f] = await Promise.all([
    getTopClicks(site, filters.from, filters.to, 12),
    getTranslations('behaviour.clicks'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  return (
    <Widget id="top-clicks" title={t('title')} subtitle={t.rich('subtitle', { code: (chunks) => <code>{chunks}</code> })}>
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t.rich('emptyBody', { code: (chunks) => <code>{chunks}</code> })}</EmptyState>
      ) : (
        <DataTable<ClickedElement>
          caption={t('title')}
          rows={rows}
          rowKey={(r, i) => `${i}:${r.tag}:${r.elementId}:${r.text}:${r.track}`}
          columns={[
            {
              key: 'element',
              label: t('element'),
              data: true,
              render: (r) => (
                <>
                  <span className={styles.mono}>{elementName(r)}</span>
                  {r.text && <div className={styles.hint}>“{r.text}”</div>}
                </>
              ),
            },
            {
              key: 'track',
              label: <code>data-track</code>,
              data: true,
              render: (r) => (r.track ? <span className={styles.pill}>{r.track}</span> : '—'),
            },
            { key: 'clicks', label: d('columns.clicks'), numeric: true, render: (r) => f.number(r.clicks) },
            { key: 'visitors', label: d('columns.visitors'), numeric: true, render: (r) => f.number(r.visitors) },
          ]}
        />
      )}
    </Widget>
  );
}
