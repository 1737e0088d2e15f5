// Who may see which students and quests in learning analytics: the app-level RLS applied in the
// query layer. Students come from lib/access.ts; quests and courses follow the same rule
// (admin: all, instructor: the courses they teach and the quests inside them).
import 'server-only';
import { canSeeStudent, taughtCoursesWhere, visibleStudentsWhere } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import type { Prisma } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';

/** A where-clause for User rows: the students `user` may see (admin all, instructor own courses…). */
export function studentScope(user: SessionUser): Prisma.UserWhereInput {
  return visibleStudentsWhere(user);
}

/** Courses/quests whose analytics `user` may see; parents and students see none. */
export function courseScope(user: SessionUser): Prisma.CourseWhereInput {
  if (user.role === 'ADMIN') return {};
  if (user.role === 'INSTRUCTOR') return taughtCoursesWhere(user.id);
  return { id: { in: [] } };
}

/**
 * Throws a 403 for parents and students: staff analytics are refused in the data layer too, not
 * only by the page's role check.
 */
export function assertStaff(user: SessionUser): void {
  if (user.role !== 'ADMIN' && user.role !== 'INSTRUCTOR')
    throw new HttpError(403, 'forbidden', 'Your account does not have access to this.');
}

/**
 * Throws a 404 unless `user` may see this student. Someone else's student and an unknown id look
 * the same, so ids cannot be probed.
 */
export async function assertCanSeeStudent(user: SessionUser, studentId: string): Promise<void> {
  if (!(await canSeeStudent(user, studentId)))
    throw new HttpError(404, 'student_not_found', 'No student with this id is visible to your account.');
}
