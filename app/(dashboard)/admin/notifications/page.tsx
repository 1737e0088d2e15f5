import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { digestSettings } from '@/lib/queries/notifications';
import { PageHeader } from '@/components/dashboard/page-header';
import { AsyncSection } from '@/components/status/async-section';
import { LoadingBlock } from '@/components/status/skeleton';
import { AdminTabs } from '../_components/admin-tabs';
import styles from '../_components/admin.module.css';
import { DigestSendsTable } from './_components/digest-sends-table';
import { DigestSettingsForm } from './_components/digest-settings-form';

export const metadata: Metadata = { title: 'Notifications' };

export default async function AdminNotificationsPage() {
  const admin = await requirePageUser('ADMIN');
  const settings = await digestSettings(admin);
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
        <AsyncSection title="Digests" fallback={<LoadingBlock label="Loading the digests" />}>
          <DigestSendsTable admin={admin} />
        </AsyncSection>
      </section>
    </div>
  );
}
