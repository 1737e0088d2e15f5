import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { SearchParamsInput } from '@/lib/params/filters';
import { SiteRange } from '@/components/dashboard/dashboard-heading';
import { NoSites } from '@/components/dashboard/no-sites';
import { PageHeader } from '@/components/dashboard/page-header';
import { rangeLabel } from '@/components/dashboard/range-label';
import { PopularQuests } from '@/components/learning/popular-quests';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('quests'))('title') };
}

export default async function QuestsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  const t = await getTranslations('quests');
  return (
    <>
      <PageHeader
        title={t('heading')}
        subtitle={
          <>
            <SiteRange site={site.name} range={await rangeLabel(filters)} /> · {t('formulaNote')}
          </>
        }
      />
      {notice && <Notice>{notice}</Notice>}
      <AsyncSection
        key={filterKey(site, filters)}
        title={t('heading')}
        fallback={<SectionSkeleton label="quests" ariaLabel={t('loading')} height={240} />}
      >
        <PopularQuests user={user} site={site} filters={filters} />
      </AsyncSection>
    </>
  );
}
