import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { digestSettings } from '@/lib/queries/notifications';
import { PageHeader } from '@/components/dashboard/page-header';
import { AsyncSection } from '@/components/status/async-section';
import { LoadingBlock } from '@/components/status/skeleton';
import { AdminTabs } from '../_components/admin-tabs';
import styles from '../_components/admin.module.css';
import { DigestSendsTable } from './_components/digest-sends-table';
import { DigestSettingsForm } from './_components/digest-settings-form';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.notifications'))('title') };
}

export default async function AdminNotificationsPage() {
  const admin = await requirePageUser('ADMIN');
  const settings = await digestSettings(admin);
  const smtp = Boolean(process.env.PATHWISE_SMTP_URL?.trim());
  const t = await getTranslations('admin.notifications');
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AdminTabs current="/admin/notifications" />
      <section className={`card ${styles.section}`}>
        <h2>{t('schedule')}</h2>
        <DigestSettingsForm saved={settings} />
        <p className="muted">{smtp ? t.rich('smtp', { code }) : t.rich('noSmtp', { code })}</p>
      </section>
      <section className={`card ${styles.section}`}>
        <h2>{t('digests')}</h2>
        <AsyncSection title={t('digests')} fallback={<LoadingBlock label={t('loading')} />}>
          <DigestSendsTable admin={admin} />
        </AsyncSection>
      </section>
    </div>
  );
}
