import { getTranslations } from 'next-intl/server';
import { accessibleSites } from '@/lib/access';
import { requirePageUser } from '@/lib/auth';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import { exportSearchParams, parseExportParamsForPage } from '@/lib/params/export';
import { PageHeader } from '@/components/dashboard/page-header';
import { DownloadPanel } from './download-panel';
import { ExportFilters } from './export-filters';
import { RecentExports, RecentExportsSkeleton } from './recent-exports';
import styles from './export.module.css';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';

export async function generateMetadata() {
  return { title: (await getTranslations('export'))('title') };
}

export default async function ExportPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN');
  const t = await getTranslations('export');
  const { params, notice } = parseExportParamsForPage(await searchParams);
  const sites = await accessibleSites(user);
  const query = exportSearchParams({ siteKey: params.siteKey, from: params.from, to: params.to, types: params.types }).toString();

  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {notice && (
        <Notice>
          {t('invalidFilters')} <span translate="no">{notice}</span>
        </Notice>
      )}
      <section className={`card ${styles.panel}`} aria-labelledby="export-download">
        <h2 id="export-download" className="sr-only">
          {t('download')}
        </h2>
        <DownloadPanel query={query} headers={params.headers} />
        <ExportFilters sites={sites} params={params} />
      </section>
      <AsyncSection title={t('recent.title')} fallback={<RecentExportsSkeleton />}>
        <RecentExports user={user} />
      </AsyncSection>
    </div>
  );
}
