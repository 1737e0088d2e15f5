import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber } from '@/lib/format';
import { getTopClicks, type ClickedElement } from '@/lib/queries/behaviour';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

function elementName(e: ClickedElement): string {
  return `${e.tag ?? 'element'}${e.elementId ? `#${e.elementId}` : ''}`;
}

export async function TopClicksWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getTopClicks(site, filters.from, filters.to, 12);
  return (
    <Widget id="top-clicks" title="Top clicked elements" subtitle="By element id, text and data-track attribute">
      {rows.length === 0 ? (
        <EmptyState title="No clicks in this period">
          The SDK records clicks on links, buttons and elements with a data-track attribute.
        </EmptyState>
      ) : (
        <DataTable<ClickedElement>
          caption="Top clicked elements"
          rows={rows}
          rowKey={(r, i) => `${i}:${r.tag}:${r.elementId}:${r.text}:${r.track}`}
          columns={[
            {
              key: 'element',
              label: 'Element',
              render: (r) => (
                <>
                  <span className={styles.mono}>{elementName(r)}</span>
                  {r.text && <div className={styles.hint}>“{r.text}”</div>}
                </>
              ),
            },
            { key: 'track', label: 'data-track', render: (r) => (r.track ? <span className={styles.pill}>{r.track}</span> : '—') },
            { key: 'clicks', label: 'Clicks', numeric: true, render: (r) => formatNumber(r.clicks) },
            { key: 'visitors', label: 'Visitors', numeric: true, render: (r) => formatNumber(r.visitors) },
          ]}
        />
      )}
    </Widget>
  );
}
