import { getTranslations } from 'next-intl/server';
import { accessibleSites } from '@/lib/access';
import { requirePageUser } from '@/lib/auth';
import type { SessionUser } from '@/lib/auth/roles';
import { getExportDestinations } from '@/lib/queries/exports';
import { PageHeader } from '@/components/dashboard/page-header';
import { LoadingBlock } from '@/components/status/skeleton';
import { DestinationForm } from './destination-form';
import { DestinationList } from './destination-list';
import styles from './exports-admin.module.css';
import { AsyncSection } from '@/components/status/async-section';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.destinations'))('title') };
}

async function Destinations({ user }: { user: SessionUser }) {
  return <DestinationList destinations={await getExportDestinations(user)} />;
}

export default async function ExportDestinationsPage() {
  const user = await requirePageUser('ADMIN');
  const sites = await accessibleSites(user);
  const t = await getTranslations('admin.destinations');
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AsyncSection title={t('section')} fallback={<LoadingBlock label={t('loading')} />}>
        <Destinations user={user} />
      </AsyncSection>
      <section className={`card ${styles.section}`} aria-labelledby="add-destination">
        <h2 id="add-destination">{t('add')}</h2>
        {sites.length === 0 ? <p className="muted">{t('needSite')}</p> : <DestinationForm sites={sites} />}
      </section>
    </div>
  );
}
