import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber } from '@/lib/format';
import { getErrorSummary, type ErrorRow } from '@/lib/queries/errors';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '—');

export async function ErrorsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const summary = await getErrorSummary(site, filters.from, filters.to, 20);
  return (
    <Widget
      id="errors"
      title="Errors"
      subtitle={`${formatNumber(summary.total)} front-end errors in ${formatNumber(summary.sessions)} sessions, grouped by message, most recent first`}
      wide
    >
      {summary.total === 0 ? (
        <EmptyState title="No errors in this period">
          JavaScript errors on tracked pages are reported here with their source file.
        </EmptyState>
      ) : (
        <DataTable<ErrorRow>
          caption="Errors by message"
          rows={summary.errors}
          rowKey={(r) => r.message}
          columns={[
            {
              key: 'message',
              label: 'Message',
              render: (r) => (
                <>
                  <span className={styles.mono}>{r.message}</span>
                  {r.source && <div className={styles.hint}>{r.source}</div>}
                </>
              ),
            },
            { key: 'count', label: 'Count', numeric: true, render: (r) => formatNumber(r.count) },
            { key: 'sessions', label: 'Sessions', numeric: true, render: (r) => formatNumber(r.sessions) },
            { key: 'pages', label: 'Pages', numeric: true, render: (r) => formatNumber(r.pages) },
            { key: 'last', label: 'Last seen (UTC)', numeric: true, render: (r) => when(r.lastSeen) },
          ]}
        />
      )}
    </Widget>
  );
}
