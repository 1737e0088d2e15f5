import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { parseStudentListParams } from '@/lib/params/students';
import { PageHeader } from '@/components/dashboard/page-header';
import { RiskHelp } from '@/components/learning/risk-help';
import { StudentsList, StudentsSkeleton } from '@/components/learning/students-list';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';

export const metadata: Metadata = { title: 'Students' };

export default async function StudentsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const query = await searchParams;
  const { params, notice } = parseStudentListParams(query);
  return (
    <>
      <PageHeader
        title="Students"
        subtitle={
          user.role === 'INSTRUCTOR'
            ? 'Students in your courses, most at risk of dropping out first'
            : 'Every student, most at risk of dropping out first'
        }
      />
      {notice && <Notice>{notice}</Notice>}
      <RiskHelp />
      <AsyncSection key={JSON.stringify(params)} title="Students" fallback={<StudentsSkeleton />}>
        <StudentsList user={user} params={params} query={query} />
      </AsyncSection>
    </>
  );
}
