import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { getFormat } from '@/lib/i18n/server';
import { listNotifications } from '@/lib/queries/notifications';
import { PageHeader } from '@/components/dashboard/page-header';
import { markNotificationsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

// The alerts' own titles and bodies are written by the weekly digest job (lib/digests), in English for now.
export default async function NotificationsPage() {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const [rows, t, f] = await Promise.all([listNotifications(user), getTranslations('notifications'), getFormat('UTC')]);
  const unread = rows.filter((row) => !row.read).length;
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {unread > 0 && (
        <form action={markNotificationsAction} style={{ marginBottom: 12 }}>
          <input type="hidden" name="read" value="true" />
          <button type="submit" className="button button-secondary button-small">
            {t('markAll', { count: unread })}
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <section className="card" style={{ padding: 16 }}>
          <p className="muted">{t.rich('empty', { code: (chunks) => <code>{chunks}</code> })}</p>
        </section>
      ) : (
        <ul className="card" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="notifications">
          {rows.map((row) => (
            <li key={row.id} data-read={row.read} style={{ padding: '10px 16px', borderBottom: '1px solid var(--border, #e5e7eb)' }}>
              <div style={{ fontWeight: row.read ? 400 : 700 }}>
                {row.studentId ? <Link href={`/dashboard/students/${row.studentId}`}>{row.title}</Link> : row.title}
                {!row.read && <span className="muted"> · {t('new')}</span>}
              </div>
              <div className="muted" style={{ fontSize: '0.85rem' }}>
                {row.body} · {f.day(row.at)}
              </div>
              <form action={markNotificationsAction}>
                <input type="hidden" name="id" value={row.id} />
                <input type="hidden" name="read" value={row.read ? 'false' : 'true'} />
                <button type="submit" className="button button-secondary button-small" style={{ marginTop: 4 }}>
                  {row.read ? t('markUnread') : t('markRead')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
