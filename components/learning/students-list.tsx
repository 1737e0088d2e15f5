import Link from 'next/link';
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
  return (
    <>
      {list.unknownCourse && <Notice>That course is not one of yours (or no longer exists); showing all your students.</Notice>}
      <LevelChips counts={list.levelCounts} active={params.level} query={query} />
      <StudentFilters courses={list.courses} course={list.unknownCourse ? undefined : params.course} level={params.level} />
      {scored === 0 ? (
        <section className={`card ${styles.panel}`}>
          <h2>{list.unscored > 0 ? 'No risk scores yet' : 'No students to show'}</h2>
          <p className="muted" style={{ marginTop: 6 }}>
            {list.unscored > 0
              ? `${list.unscored} student${list.unscored === 1 ? ' is' : 's are'} visible to you but not scored yet. Scores are computed every hour; run \`npm run job -- risk\` to compute them now.`
              : user.role === 'INSTRUCTOR'
                ? 'No students are enrolled in your courses yet.'
                : 'There are no students yet.'}
          </p>
        </section>
      ) : list.total === 0 ? (
        <section className={`card ${styles.panel}`}>
          <h2>No students match these filters</h2>
          <p className="muted" style={{ marginTop: 6 }}>
            <Link href={studentsHref(query, { level: null, course: null })}>Clear the filters</Link> to see all {scored} scored students.
          </p>
        </section>
      ) : (
        <>
          <StudentsTable rows={list.rows} params={params} query={query} contacts={contacts} />
          <div className={styles.pager}>
            <span className="muted">
              {list.total} student{list.total === 1 ? '' : 's'}
              {list.unscored > 0 ? ` · ${list.unscored} not scored yet` : ''}
            </span>
            {list.page > 1 && <Link href={studentsHref(query, { page: String(list.page - 1) })}>← Previous</Link>}
            {list.pageCount > 1 && (
              <span>
                Page {list.page} of {list.pageCount}
              </span>
            )}
            {list.page < list.pageCount && <Link href={studentsHref(query, { page: String(list.page + 1) })}>Next →</Link>}
          </div>
        </>
      )}
    </>
  );
}

export function StudentsSkeleton() {
  return (
    <div className={`card ${styles.panel}`} aria-busy="true" aria-label="Loading students">
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} height={18} width={`${90 - index * 8}%`} style={{ margin: '10px 0' }} />
      ))}
    </div>
  );
}
