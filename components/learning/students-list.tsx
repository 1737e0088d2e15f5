import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import type { SessionUser } from '@/lib/auth/roles';
import type { StudentListParams } from '@/lib/params/students';
import { listStudents } from '@/lib/queries/students';
import { lastContacts } from '@/lib/queries/outreach';
import { LevelChips } from './level-chips';
import { StudentFilters } from './student-filters';
import { StudentsTable } from './students-table';
import { studentsHref } from './students-href';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import { Skeleton } from '@/components/status/skeleton';
import styles from './learning.module.css';
import { Notice } from '@/components/status/notice';

/** The students page body: counts per level, filters, the table and paging, with empty states. */
export async function StudentsList({ user, params, query }: { user: SessionUser; params: StudentListParams; query: SearchParamsRecord }) {
  const list = await listStudents(user, params);
  const contacts = await lastContacts(
    user,
    list.rows.map((row) => row.id),
  );
  const scored = Object.values(list.levelCounts).reduce((sum, count) => sum + count, 0);
  const t = await getTranslations('students.list');
  return (
    <>
      {list.unknownCourse && <Notice>{t('unknownCourse')}</Notice>}
      <LevelChips counts={list.levelCounts} active={params.level} query={query} />
      <StudentFilters courses={list.courses} course={list.unknownCourse ? undefined : params.course} level={params.level} />
      {scored === 0 ? (
        <section className={`card ${styles.panel}`}>
          <h2>{list.unscored > 0 ? t('noScoresTitle') : t('noStudentsTitle')}</h2>
          <p className="muted" style={{ marginTop: 6 }}>
            {list.unscored > 0
              ? t.rich('unscored', { count: list.unscored, code: (chunks) => <code>{chunks}</code> })
              : user.role === 'INSTRUCTOR'
                ? t('noneEnrolled')
                : t('noneAtAll')}
          </p>
        </section>
      ) : list.total === 0 ? (
        <section className={`card ${styles.panel}`}>
          <h2>{t('noMatchTitle')}</h2>
          <p className="muted" style={{ marginTop: 6 }}>
            {t.rich('noMatchBody', {
              count: scored,
              clear: (chunks) => <Link href={studentsHref(query, { level: null, course: null })}>{chunks}</Link>,
            })}
          </p>
        </section>
      ) : (
        <>
          <StudentsTable rows={list.rows} params={params} query={query} contacts={contacts} />
          <div className={styles.pager}>
            <span className="muted">
              {t('total', { count: list.total })}
              {list.unscored > 0 ? ` · ${t('notScored', { count: list.unscored })}` : ''}
            </span>
            {list.page > 1 && <Link href={studentsHref(query, { page: String(list.page - 1) })}>← {t('previous')}</Link>}
            {list.pageCount > 1 && <span>{t('page', { page: list.page, pages: list.pageCount })}</span>}
            {list.page < list.pageCount && <Link href={studentsHref(query, { page: String(list.page + 1) })}>{t('next')} →</Link>}
          </div>
        </>
      )}
    </>
  );
}

export function StudentsSkeleton() {
  const t = useTranslations('students.list');
  return (
    <div className={`card ${styles.panel}`} aria-busy="true" aria-label={t('loading')}>
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} height={18} width={`${90 - index * 8}%`} style={{ margin: '10px 0' }} />
      ))}
    </div>
  );
}
