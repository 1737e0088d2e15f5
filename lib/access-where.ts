// The student and course rules of lib/access.ts as plain Prisma filters, with no server-only
// import, so jobs that run outside Next (the weekly digests, from the CLI and the scheduler) apply
// exactly the same rule as the pages. lib/access.ts re-exports them; app code imports from there.
import type { Prisma } from './db';
import type { Role } from './auth/roles';

/** Courses an instructor teaches, including quests nested inside their courses. */
export function taughtCoursesWhere(instructorId: string): Prisma.CourseWhereInput {
  return { OR: [{ instructorId }, { parent: { instructorId } }] };
}

/** Students the user may see, as a filter for User queries. */
export function visibleStudentsWhere(user: { id: string; role: Role }): Prisma.UserWhereInput {
  switch (user.role) {
    case 'ADMIN':
      return { role: 'STUDENT' };
    case 'INSTRUCTOR':
      return { role: 'STUDENT', enrollments: { some: { course: taughtCoursesWhere(user.id) } } };
    case 'PARENT':
      return { role: 'STUDENT', parents: { some: { parentId: user.id } } };
    case 'STUDENT':
      return { id: user.id, role: 'STUDENT' };
  }
}
