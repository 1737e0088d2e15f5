import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { requirePageUser } from '@/lib/auth';
import { parseFiltersForPage, type SearchParamsInput } from '@/lib/params/filters';
import { orErrorPage } from '@/lib/http/page-errors';
import { getStudentOverview } from '@/lib/queries/student';
import { PageHeader } from '@/components/dashboard/page-header';
import { formatDay } from '@/components/learning/dates';
import { EngagementSection } from '@/components/learning/engagement-section';
import { JourneySection } from '@/components/learning/journey-section';
import { RiskBreakdown } from '@/components/learning/risk-breakdown';
import { RiskHistorySection } from '@/components/learning/risk-history-section';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { StudentCourses } from '@/components/learning/student-courses';

export const metadata: Metadata = { title: 'Student' };

export default async function StudentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParamsInput>;
}) {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const { id } = await params;
  // Someone else's student, an unknown id and a malformed one all get the same 404 page.
  const student = await orErrorPage(getStudentOverview(user, id));
  const { filters, notice } = parseFiltersForPage(await searchParams);
  return (
    <>
      <p style={{ fontSize: '0.88rem' }}>
        <Link href="/dashboard/students">← All students</Link>
      </p>
      <PageHeader title={student.name} subtitle={`${student.email} · joined ${formatDay(student.joinedAt)}`} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <RiskBreakdown latest={student.latest} />
      <Suspense fallback={<SectionSkeleton label="risk history" height={200} />}>
        <RiskHistorySection user={user} studentId={student.id} />
      </Suspense>
      <Suspense key={`${filters.from.toISOString()}:${filters.to.toISOString()}`} fallback={<SectionSkeleton label="engagement" />}>
        <EngagementSection user={user} studentId={student.id} filters={filters} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="journey" />}>
        <JourneySection user={user} studentId={student.id} />
      </Suspense>
      <StudentCourses courses={student.courses} />
    </>
  );
}
