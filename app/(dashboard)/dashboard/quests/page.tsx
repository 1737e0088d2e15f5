import type { Metadata } from 'next';
import { describeRange, type SearchParamsInput } from '@/lib/params/filters';
import { NoSites } from '@/components/dashboard/no-sites';
import { PageHeader } from '@/components/dashboard/page-header';
import { PopularQuests } from '@/components/learning/popular-quests';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { filterKey, loadDashboardContext } from '../_lib/page-context';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';

export const metadata: Metadata = { title: 'Quests' };

export default async function QuestsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { user, site, filters, notice } = await loadDashboardContext(searchParams);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  return (
    <>
      <PageHeader
        title="Popular quests"
        subtitle={`${site.name} · ${describeRange(filters)} · popularity = views + 2 × starts + 5 × completions`}
      />
      {notice && <Notice>{notice}</Notice>}
      <AsyncSection key={filterKey(site, filters)} title="Popular quests" fallback={<SectionSkeleton label="quests" height={240} />}>
        <PopularQuests user={user} site={site} filters={filters} />
      </AsyncSection>
    </>
  );
}
