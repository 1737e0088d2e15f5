import type { SessionUser } from '@/lib/auth/roles';
import { getRecentExports, type RecentExport } from '@/lib/queries/exports';
import styles from './export.module.css';
import { formatBytes } from '@/lib/format';
import { TableWrap } from '@/components/shell/table-wrap';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const whole = new Intl.NumberFormat('en-US');

function describeFilters(filters: RecentExport['filters']): string {
  if (!filters) return 'all events';
  const parts = [
    filters.site ? `site ${filters.site}` : 'all sites',
    filters.from || filters.to ? `${filters.from ?? '…'} – ${filters.to ?? '…'}` : null,
    filters.types?.length ? filters.types.join(', ') : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

export async function RecentExports({ user }: { user: SessionUser }) {
  const exports = await getRecentExports(user);
  return (
    <section className={`card ${styles.recent}`} aria-labelledby="recent-exports">
      <h2 id="recent-exports">Recent exports</h2>
      {exports.length === 0 ? (
        <p className="muted">No exports yet. Every download is recorded here: who, when, which filters and how many rows.</p>
      ) : (
        <TableWrap label="Recent exports">
          <table className="table" data-testid="recent-exports">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">Format</th>
                <th scope="col">Filters</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col" className="num">
                  Size
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((entry) => (
                <tr key={entry.id}>
                  <td>{when.format(new Date(entry.at))}</td>
                  <td>{entry.actor}</td>
                  <td>{entry.format}</td>
                  <td>{describeFilters(entry.filters)}</td>
                  <td className="num">{whole.format(entry.rows)}</td>
                  <td className="num">{formatBytes(entry.bytes)}</td>
                  <td>{entry.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

export function RecentExportsSkeleton() {
  return (
    <section className={`card ${styles.recent}`} aria-busy="true" aria-label="Loading recent exports">
      <h2>Recent exports</h2>
      <p className="muted">Loading…</p>
    </section>
  );
}
