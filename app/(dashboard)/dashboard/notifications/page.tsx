import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth';
import { formatDay } from '@/lib/format';
import { listNotifications } from '@/lib/queries/notifications';
import { PageHeader } from '@/components/dashboard/page-header';
import { markNotificationsAction } from './actions';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const rows = await listNotifications(user);
  const unread = rows.filter((row) => !row.read).length;
  return (
    <>
      <PageHeader title="Notifications" subtitle="Each week: who newly crossed into at risk, who improved, who stays at risk" />
      {unread > 0 && (
        <form action={markNotificationsAction} style={{ marginBottom: 12 }}>
          <input type="hidden" name="read" value="true" />
          <button type="submit" className="button button-secondary button-small">
            Mark all {unread} as read
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <section className="card" style={{ padding: 16 }}>
          <p className="muted">No alerts yet. They arrive with the weekly digest run (`npm run job -- digests`).</p>
        </section>
      ) : (
        <ul className="card" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notifications">
          {rows.map((row) => (
            <li key={row.id} data-read={row.read} style={{ padding: '10px 16px', borderBottom: '1px solid var(--border, #e5e7eb)' }}>
              <div style={{ fontWeight: row.read ? 400 : 700 }}>
                {row.studentId ? <Link href={`/dashboard/students/${row.studentId}`}>{row.title}</Link> : row.title}
                {!row.read && <span className="muted"> · new</span>}
              </div>
              <div className="muted" style={{ fontSize: '0.85rem' }}>
                {row.body} · {formatDay(row.at)}
              </div>
              <form action={markNotificationsAction}>
                <input type="hidden" name="id" value={row.id} />
                <input type="hidden" name="read" value={row.read ? 'false' : 'true'} />
                <button type="submit" className="button button-secondary button-small" style={{ marginTop: 4 }}>
                  {row.read ? 'Mark unread' : 'Mark read'}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
