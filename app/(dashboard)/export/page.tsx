import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Export' };

export default async function ExportPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN');
  const { params, notice } = parseExportParamsForPage(await searchParams);
  const sites = await accessibleSites(user);
  const query = exportSearchParams({ siteKey: params.siteKey, from: params.from, to: params.to, types: params.types }).toString();

  return (
    <div className={styles.page}>
      <PageHeader title="Export" subtitle="Every event as a spreadsheet, or as raw data for other tools." />
      {notice && <Notice>{notice}</Notice>}
      <section className={`card ${styles.panel}`} aria-labelledby="export-download">
        <h2 id="export-download" className="sr-only">
          Download
        </h2>
        <DownloadPanel query={query} />
        <ExportFilters sites={sites} params={params} />
      </section>
      <AsyncSection title="Recent exports" fallback={<RecentExportsSkeleton />}>
        <RecentExports user={user} />
      </AsyncSection>
    </div>
  );
}
