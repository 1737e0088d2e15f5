import type { StudentEnrolment } from '@/lib/queries/student';
import styles from './learning.module.css';

const STATUS: Record<string, string> = { ENROLLED: 'In progress', COMPLETED: 'Completed', ABANDONED: 'Left' };

export function StudentCourses({ courses }: { courses: StudentEnrolment[] }) {
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="courses-heading">
      <h2 id="courses-heading">Courses</h2>
      {courses.length === 0 ? (
        <p className="muted">Not enrolled in any of your courses.</p>
      ) : (
        <table className="table">
          <tbody>
            {courses.map((course) => (
              <tr key={course.courseId}>
                <td>{course.title}</td>
                <td>{STATUS[course.status] ?? course.status}</td>
                <td>
                  <span className={styles.progress} title={`${Math.round(course.progress * 100)}% of tasks done`}>
                    <span style={{ width: `${Math.round(course.progress * 100)}%` }} />
                  </span>
                </td>
                <td className="num">{Math.round(course.progress * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
