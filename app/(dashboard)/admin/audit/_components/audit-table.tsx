import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/roles';
import { getAuditPage } from '@/lib/queries/audit';
import { auditHref, summariseDetails } from '../_lib/summary';
import styles from '../../_components/admin.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

export async function AuditTable({ viewer, action, page }: { viewer: SessionUser; action?: string; page: number }) {
  const result = await getAuditPage(viewer, { action, page });
  if (result.total === 0) {
    return (
      <p className="muted" role="status">
        {action
          ? `No “${action}” entries yet.`
          : 'Nothing has been audited yet. Exports, erasures, retention runs and settings changes appear here.'}
      </p>
    );
  }
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  return (
    <>
      <TableWrap label="Audit log">
        <table className="table" aria-label="Audit log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Target</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id} data-action={row.action}>
                <td className={styles.nowrap}>
                  <time dateTime={row.createdAt}>{when(row.createdAt)}</time>
                </td>
                <td>{row.actor ? <span title={row.actor.name}>{row.actor.email}</span> : <span className="muted">system</span>}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td className={styles.target}>{row.target ? <code>{row.target}</code> : <span className="muted">—</span>}</td>
                <td className={styles.details}>
                  {summariseDetails(row.details)}
                  {row.details !== null && (
                    <details>
                      <summary className="muted">JSON</summary>
                      <pre className={styles.pre}>{JSON.stringify(row.details, null, 2)}</pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <nav className={styles.pager} aria-label="Audit log pages">
        <span className="muted">
          {first}–{last} of {result.total}
        </span>
        <span className={styles.row}>
          {result.page > 1 && (
            <Link className="button button-secondary button-small" href={auditHref(action, result.page - 1)} rel="prev">
              ← Newer
            </Link>
          )}
          <span className="muted">
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount && (
            <Link className="button button-secondary button-small" href={auditHref(action, result.page + 1)} rel="next">
              Older →
            </Link>
          )}
        </span>
      </nav>
    </>
  );
}
