import type { Metadata } from 'next';
import { Suspense } from 'react';
import { resolvePageSite } from '@/lib/access';
import { requirePageUser } from '@/lib/auth';
import { describeRange, parseFiltersForPage, type SearchParamsInput } from '@/lib/params/filters';
import { NoSites } from '@/components/dashboard/no-sites';
import { PageHeader } from '@/components/dashboard/page-header';
import { PopularQuests } from '@/components/learning/popular-quests';
import { SectionSkeleton } from '@/components/learning/stat-grid';

export const metadata: Metadata = { title: 'Quests' };

export default async function QuestsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const { filters, notice } = parseFiltersForPage(await searchParams);
  const site = await resolvePageSite(user, filters.siteKey);
  if (!site) return <NoSites isAdmin={user.role === 'ADMIN'} />;
  return (
    <>
      <PageHeader
        title="Popular quests"
        subtitle={`${site.name} · ${describeRange(filters)} · popularity = views + 2 × starts + 5 × completions`}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Suspense
        key={`${site.id}:${filters.from.toISOString()}:${filters.to.toISOString()}`}
        fallback={<SectionSkeleton label="quests" height={240} />}
      >
        <PopularQuests user={user} site={site} filters={filters} />
      </Suspense>
    </>
  );
}
