import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { db } from '@/lib/db';
import { listSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../privacy/_components/admin-tabs';
import styles from '../privacy/_components/admin.module.css';
import { SiteSettingsForm } from './_components/site-settings-form';

export const metadata: Metadata = { title: 'Sites & consent' };

export default async function SitesPage() {
  await requirePageUser('ADMIN');
  const sites = await listSiteCollectionSettings(db);
  return (
    <div className={styles.page}>
      <PageHeader
        title="Sites & consent"
        subtitle="What each site's tracker may collect, and whether it waits for consent. Every change is audited; browsers pick it up within five minutes."
      />
      <AdminTabs current="/admin/sites" />
      {sites.length === 0 ? (
        <p className="muted">No sites yet.</p>
      ) : (
        sites.map((site) => <SiteSettingsForm key={site.id} site={site} />)
      )}
    </div>
  );
}
