import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth';
import { parseFiltersForPage, type SearchParamsInput } from '@/lib/params/filters';
import { orErrorPage } from '@/lib/http/page-errors';
import { getStudentOverview } from '@/lib/queries/student';
import { studentViewFilters } from '@/lib/learning/view-zone';
import { PageHeader } from '@/components/dashboard/page-header';
import { EngagementSection } from '@/components/learning/engagement-section';
import { JourneySection } from '@/components/learning/journey-section';
import { RiskBreakdown } from '@/components/learning/risk-breakdown';
import { RiskHistorySection } from '@/components/learning/risk-history-section';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { StudentCourses } from '@/components/learning/student-courses';
import { OutreachSection } from '@/components/learning/outreach-section';
import { OutcomeSection } from '@/components/learning/outcome-section';
import { IdentityProvenance } from '@/components/learning/identity-provenance';
import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/lib/i18n/server';
import { Data } from '@/components/dashboard/dashboard-heading';
import { Notice } from '@/components/status/notice';
import { AsyncSection } from '@/components/status/async-section';
import { paramNoticeText } from '@/components/status/param-notice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('learning.student'))('title') };
}

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
  const parsed = parseFiltersForPage(await searchParams);
  const notice = await paramNoticeText(parsed.notice);
  // Days of the site the page is scoped to (the site picker's), else of the viewer's first site.
  const filters = await studentViewFilters(user, parsed.filters);
  const t = await getTranslations('learning.student');
  const f = await getFormat('UTC');
  return (
    <>
      <p style={{ fontSize: '0.88rem' }}>
        <Link href="/dashboard/students">← {t('back')}</Link>
      </p>
      <PageHeader
        title={<span translate="no">{student.name}</span>}
        subtitle={t.rich('subtitle', { email: student.email, day: f.day(student.joinedAt), data: (c) => <Data>{c}</Data> })}
      />
      {notice && <Notice>{notice}</Notice>}
      <RiskBreakdown latest={student.latest} />
      <AsyncSection
        title={t('sections.outreach')}
        fallback={<SectionSkeleton label="outreach" ariaLabel={t('loading.outreach')} height={160} />}
      >
        <OutreachSection user={user} studentId={student.id} />
      </AsyncSection>
      <AsyncSection
        title={t('sections.outcome')}
        fallback={<SectionSkeleton label="outcome" ariaLabel={t('loading.outcome')} height={100} />}
      >
        <OutcomeSection user={user} studentId={student.id} timeZone={filters.timeZone ?? 'UTC'} />
      </AsyncSection>
      <AsyncSection
        title={t('sections.history')}
        fallback={<SectionSkeleton label="risk history" ariaLabel={t('loading.history')} height={200} />}
      >
        <RiskHistorySection user={user} studentId={student.id} />
      </AsyncSection>
      <AsyncSection
        key={`${filters.from.toISOString()}:${filters.to.toISOString()}`}
        title={t('sections.engagement')}
        fallback={<SectionSkeleton label="engagement" ariaLabel={t('loading.engagement')} />}
      >
        <EngagementSection user={user} studentId={student.id} filters={filters} />
      </AsyncSection>
      <AsyncSection title={t('sections.journey')} fallback={<SectionSkeleton label="journey" ariaLabel={t('loading.journey')} />}>
        <JourneySection user={user} studentId={student.id} />
      </AsyncSection>
      <StudentCourses courses={student.courses} />
      <IdentityProvenance identity={student.identity} />
    </>
  );
}
