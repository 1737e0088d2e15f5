import type { Metadata } from 'next';
import { z } from 'zod';
import { requirePageUser } from '@/lib/auth';
import { paramRecord, type SearchParamsRecord } from '@/lib/params/search-params';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import { RetentionPanel } from './_components/retention-panel';
import { SubjectResults } from './_components/subject-results';
import { LoadingBlock } from '@/components/status/skeleton';
import styles from '../_components/admin.module.css';
import { AsyncSection } from '@/components/status/async-section';

export const metadata: Metadata = { title: 'Privacy requests' };

const search = z.object({ q: z.string().max(320).optional().catch(undefined) });

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN');
  const query = search.parse(paramRecord(await searchParams)).q?.trim() ?? '';
  return (
    <div className={styles.page}>
      <PageHeader title="Privacy" subtitle="Access and erasure requests from the people you track, and how long their data is kept." />
      <AdminTabs current="/admin/privacy" />
      <section className={`card ${styles.section}`} aria-labelledby="find-heading">
        <h2 id="find-heading">Find a person</h2>
        <form className={styles.row} action="/admin/privacy" method="get" role="search">
          <div className={styles.grow}>
            <label className="label" htmlFor="privacy-q">
              E-mail address, platform user id or visitor id
            </label>
            <input id="privacy-q" name="q" className="input" defaultValue={query} autoComplete="off" placeholder="student@school.edu" />
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </form>
        {query && (
          <AsyncSection key={query} title="Search results" fallback={<LoadingBlock label="Searching" />}>
            <SubjectResults viewer={user} query={query} />
          </AsyncSection>
        )}
      </section>
      <AsyncSection title="Retention" fallback={<LoadingBlock label="Loading retention settings" />}>
        <RetentionPanel viewer={user} />
      </AsyncSection>
    </div>
  );
}
