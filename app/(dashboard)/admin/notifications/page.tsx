import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { formatDayTime } from '@/lib/format';
import { digestSettings, listDigestSends } from '@/lib/queries/notifications';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import styles from '../_components/admin.module.css';
import { DigestSettingsForm } from './_components/digest-settings-form';
import { TableWrap } from '@/components/shell/table-wrap';

export const metadata: Metadata = { title: 'Notifications' };

const STATUS: Record<string, string> = { sent: 'Sent', stored: 'Kept (no SMTP)', failed: 'Failed', pending: 'Sending' };

export default async function AdminNotificationsPage() {
  const admin = await requirePageUser('ADMIN');
  const [settings, sends] = await Promise.all([digestSettings(admin), listDigestSends(admin)]);
  const smtp = Boolean(process.env.PATHWISE_SMTP_URL?.trim());
  return (
    <div className={styles.page}>
      <PageHeader
        title="Notifications"
        subtitle="The weekly instructor digests and parent summaries: when they go out and what was sent."
      />
      <AdminTabs current="/admin/notifications" />
      <section className={`card ${styles.section}`}>
        <h2>Schedule</h2>
        <DigestSettingsForm saved={settings} />
        <p className="muted">
          {smtp
            ? 'Mail goes out through PATHWISE_SMTP_URL.'
            : 'PATHWISE_SMTP_URL is not set: digests are rendered and kept here (what would have been sent), not mailed.'}
        </p>
      </section>
      <section className={`card ${styles.section}`}>
        <h2>Digests</h2>
        {sends.length === 0 ? (
          <p className="muted">
            None yet. The digests run hourly once the scheduled time has passed, or now with `npm run job -- digests --force`.
          </p>
        ) : (
          <TableWrap label="Digest sends">
            <table className="table" data-testid="digest-sends">
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">To</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Preview</th>
                </tr>
              </thead>
              <tbody>
                {sends.map((send) => (
                  <tr key={send.id}>
                    <td title={formatDayTime(send.at)}>{send.week}</td>
                    <td>{send.to}</td>
                    <td>{send.kind}</td>
                    <td>{send.subject}</td>
                    <td title={send.error ?? undefined}>
                      {STATUS[send.status] ?? send.status}
                      {send.attempts > 1 ? ` (${send.attempts} attempts)` : ''}
                    </td>
                    <td>
                      <a href={`/admin/notifications/${send.id}/preview`} target="_blank" rel="noreferrer">
                        Preview
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}
