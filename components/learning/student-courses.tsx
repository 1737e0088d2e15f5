import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { StudentEnrolment } from '@/lib/queries/student';
import styles from './learning.module.css';

const STATUSES = ['ENROLLED', 'COMPLETED', 'ABANDONED'] as const;
const isStatus = (status: string): status is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(status);

export function StudentCourses({ courses }: { courses: StudentEnrolment[] }) {
  const t = useTranslations('learning.student.courses');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="courses-heading">
      <h2 id="courses-heading">{t('title')}</h2>
      {courses.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="table">
          <tbody>
            {courses.map((course) => (
              <tr key={course.courseId}>
                <td translate="no">{course.title}</td>
                <td>{isStatus(course.status) ? t(course.status) : course.status}</td>
                <td>
                  <span className={styles.progress} title={t('progress', { percent: f.percent(course.progress, 0) })}>
                    <span style={{ width: `${Math.round(course.progress * 100)}%` }} />
                  </span>
                </td>
                <td className="num">{f.percent(course.progress, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
