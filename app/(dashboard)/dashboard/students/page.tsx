import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { parseStudentListParams } from '@/lib/params/students';
import { PageHeader } from '@/components/dashboard/page-header';
import { RiskHelp } from '@/components/learning/risk-help';
import { StudentsList, StudentsSkeleton } from '@/components/learning/students-list';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';
import { paramNoticeText } from '@/components/status/param-notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('students'))('title') };
}

export default async function StudentsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const query = await searchParams;
  const { params, notice } = parseStudentListParams(query);
  const t = await getTranslations('students');
  return (
    <>
      <PageHeader title={t('title')} subtitle={user.role === 'INSTRUCTOR' ? t('subtitleInstructor') : t('subtitleAdmin')} />
      {notice && <Notice>{await paramNoticeText(notice)}</Notice>}
      <RiskHelp />
      <AsyncSection key={JSON.stringify(params)} title={t('title')} fallback={<StudentsSkeleton />}>
        <StudentsList user={user} params={params} query={query} />
      </AsyncSection>
    </>
  );
}
