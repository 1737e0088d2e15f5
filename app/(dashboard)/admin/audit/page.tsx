import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AUDIT_ACTION } from '@/lib/audit';
import { requirePageUser } from '@/lib/auth';
import { paramRecord, type SearchParamsRecord } from '@/lib/params/search-params';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import { LoadingBlock } from '@/components/status/skeleton';
import styles from '../_components/admin.module.css';
import { ActionFilter } from './_components/action-filter';
import { AuditTable } from './_components/audit-table';
import { AsyncSection } from '@/components/status/async-section';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.audit'))('title') };
}

// A malformed filter or page number falls back to the default instead of failing the page.
const params = z.object({
  action: z.string().regex(AUDIT_ACTION).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN');
  const { action, page = 1 } = params.parse(paramRecord(await searchParams));
  const t = await getTranslations('admin.audit');
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AdminTabs current="/admin/audit" />
      <section className={`card ${styles.section}`}>
        <AsyncSection title={t('filterSection')} fallback={null}>
          <ActionFilter viewer={user} action={action} />
        </AsyncSection>
        <AsyncSection key={`${action ?? ''}:${page}`} title={t('logSection')} fallback={<LoadingBlock label={t('loading')} />}>
          <AuditTable viewer={user} action={action} page={page} />
        </AsyncSection>
      </section>
    </div>
  );
}
