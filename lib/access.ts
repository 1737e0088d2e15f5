// Who may see which site and which student: the app's row-level security. Every page, route
// handler and query caller goes through here; hiding a link in the UI is never the check.
import 'server-only';
import { cache } from 'react';
import { forbidden, notFound } from 'next/navigation';
import { db, type Prisma } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import type { SessionUser } from '@/lib/auth/roles';

export type SiteRef = { id: string; key: string; name: string };

/** Courses an instructor teaches, including quests nested inside their courses. */
export function taughtCoursesWhere(instructorId: string): Prisma.CourseWhereInput {
  return { OR: [{ instructorId }, { parent: { instructorId } }] };
}

const sitesFor = cache(async (userId: string, role: SessionUser['role']): Promise<SiteRef[]> => {
  const select = { id: true, key: true, name: true } as const;
  const orderBy = [{ createdAt: 'asc' as const }, { key: 'asc' as const }];
  if (role === 'ADMIN') return db.site.findMany({ select, orderBy });
  if (role !== 'INSTRUCTOR') return [];
  return db.site.findMany({ where: { courses: { some: taughtCoursesWhere(userId) } }, select, orderBy });
});

/** Sites whose analytics the user may see, oldest first. Parents and students see none. */
export function accessibleSites(user: SessionUser): Promise<SiteRef[]> {
  return sitesFor(user.id, user.role);
}

/**
 * The site to show: the one named by `siteKey`, or the user's first accessible site.
 * Throws HttpError 404 for an unknown key (or when the user has no site at all), 403 for a
 * site the user may not see.
 */
export async function resolveSite(user: SessionUser, siteKey?: string | null): Promise<SiteRef> {
  const sites = await accessibleSites(user);
  if (!siteKey) {
    const first = sites[0];
    if (!first) throw new HttpError(404, 'no_site', 'No site is available to your account yet.');
    return first;
  }
  const allowed = sites.find((site) => site.key === siteKey);
  if (allowed) return allowed;
  const exists = await db.site.findUnique({ where: { key: siteKey }, select: { id: true } });
  if (!exists) throw new HttpError(404, 'site_not_found', `There is no site with key "${siteKey}".`);
  throw new HttpError(403, 'forbidden', 'Your account does not have access to this site.');
}

/** resolveSite for pages: unknown → the 404 page, not allowed → the 403 page, none at all → null. */
export async function resolvePageSite(user: SessionUser, siteKey?: string | null): Promise<SiteRef | null> {
  try {
    return await resolveSite(user, siteKey);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.code === 'no_site') return null;
    if (error.status === 403) forbidden();
    notFound();
  }
}

/** Students the user may see, as a filter for User queries. */
export function visibleStudentsWhere(user: SessionUser): Prisma.UserWhereInput {
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

/** Whether the user may see this student's data; false also for unknown ids and non-students. */
export async function canSeeStudent(user: SessionUser, studentId: string): Promise<boolean> {
  if (!studentId) return false;
  const found = await db.user.findFirst({ where: { AND: [{ id: studentId }, visibleStudentsWhere(user)] }, select: { id: true } });
  return found !== null;
}
