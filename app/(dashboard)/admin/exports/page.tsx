import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Export destinations' };

async function Destinations({ user }: { user: SessionUser }) {
  return <DestinationList destinations={await getExportDestinations(user)} />;
}

export default async function ExportDestinationsPage() {
  const user = await requirePageUser('ADMIN');
  const sites = await accessibleSites(user);
  return (
    <div className={styles.page}>
      <PageHeader
        title="Export destinations"
        subtitle="Raw events delivered to S3-compatible buckets on a schedule, each event exactly once."
      />
      <AsyncSection title="Destinations" fallback={<LoadingBlock label="Loading destinations" />}>
        <Destinations user={user} />
      </AsyncSection>
      <section className={`card ${styles.section}`} aria-labelledby="add-destination">
        <h2 id="add-destination">Add a destination</h2>
        {sites.length === 0 ? (
          <p className="muted">Add a site first: destinations deliver one site&apos;s events.</p>
        ) : (
          <DestinationForm sites={sites} />
        )}
      </section>
    </div>
  );
}
