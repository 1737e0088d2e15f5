import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getErrorSummary, type ErrorRow } from '@/lib/queries/errors';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '—');

export async function ErrorsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [summary, t, d, f] = await Promise.all([
    getErrorSummary(site, filters.from, filters.to, 20),
    getTranslations('behaviour.errors'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  return (
    <Widget
      id="errors"
      title={t('title')}
      subtitle={t('subtitle', { total: f.number(summary.total), sessions: f.number(summary.sessions) })}
      wide
    >
      {summary.total === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <DataTable<ErrorRow>
          caption={t('caption')}
          rows={summary.errors}
          rowKey={(r) => r.message}
          columns={[
            {
              key: 'message',
              label: t('message'),
              data: true,
              render: (r) => (
                <>
                  <span className={styles.mono}>{r.message}</span>
                  {r.source && <div className={styles.hint}>{r.source}</div>}
                </>
              ),
            },
            { key: 'count', label: d('columns.count'), numeric: true, render: (r) => f.number(r.count) },
            { key: 'sessions', label: d('columns.sessions'), numeric: true, render: (r) => f.number(r.sessions) },
            { key: 'pages', label: d('columns.pages'), numeric: true, render: (r) => f.number(r.pages) },
            { key: 'last', label: t('lastSeen'), numeric: true, render: (r) => when(r.lastSeen) },
          ]}
        />
      )}
    </Widget>
  );
}
