import { getTranslations } from 'next-intl/server';
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

export async function generateMetadata() {
  return { title: (await getTranslations('admin.privacy'))('metaTitle') };
}

const search = z.object({ q: z.string().max(320).optional().catch(undefined) });

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN');
  const query = search.parse(paramRecord(await searchParams)).q?.trim() ?? '';
  const t = await getTranslations('admin.privacy');
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AdminTabs current="/admin/privacy" />
      <section className={`card ${styles.section}`} aria-labelledby="find-heading">
        <h2 id="find-heading">{t('find')}</h2>
        <form className={styles.row} action="/admin/privacy" method="get" role="search">
          <div className={styles.grow}>
            <label className="label" htmlFor="privacy-q">
              {t('query')}
            </label>
            <input
              id="privacy-q"
              name="q"
              className="input"
              defaultValue={query}
              autoComplete="off"
              placeholder="student@school.edu"
              translate="no"
            />
          </div>
          <button type="submit" className="button">
            {t('search')}
          </button>
        </form>
        {query && (
          <AsyncSection key={query} title={t('results')} fallback={<LoadingBlock label={t('searching')} />}>
            <SubjectResults viewer={user} query={query} />
          </AsyncSection>
        )}
      </section>
      <AsyncSection title={t('retentionSection')} fallback={<LoadingBlock label={t('loadingRetention')} />}>
        <RetentionPanel viewer={user} />
      </AsyncSection>
    </div>
  );
}
