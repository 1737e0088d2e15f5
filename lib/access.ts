// Who may see what: the app's row-level security, every rule in this one module. Queries call it
// themselves, so a page, route handler or server action that forgot to check still cannot leak;
// hiding a link in the UI is never the check.
//
// - Sites: admins see all; instructors the sites their courses are on; nobody else any. A query
//   over a site's analytics takes an AuthorizedSite, which only this module hands out.
// - Students: admins all; instructors those enrolled in their courses; parents their children;
//   students themselves. Someone else's student and an unknown id look the same (404).
// - Courses and quests: admins all; instructors the courses they teach and the quests inside.
import 'server-only';
import { cache } from 'react';
import { db, type Prisma } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import type { SessionUser } from '@/lib/auth/roles';
import { taughtCoursesWhere, visibleStudentsWhere } from '@/lib/access-where';

export { visibleStudentsWhere };

/** `timeZone`: the IANA zone of the site's local days (lib/time/site-day.ts). */
export type SiteRef = { id: string; key: string; name: string; timeZone: string };

declare const authorized: unique symbol;
/** A site the caller may read. Only this module makes one, so a bare id from a URL cannot reach a query. */
export type AuthorizedSite = SiteRef & { readonly [authorized]: true };

const grant = (site: SiteRef) => site as AuthorizedSite;

/** Refuses (403) anyone but admins and instructors: staff analytics are checked in the data layer too. */
export function requireStaff(user: SessionUser): void {
  if (user.role !== 'ADMIN' && user.role !== 'INSTRUCTOR') throw new HttpError('forbidden', 'Your account does not have access to this.');
}

/**
 * Who may record or read a student's known outcome ("left the course on …"): staff who may see the
 * student (403 for parents and students, 404 for someone else's student).
 */
export async function requireOutcomeRecorder(user: SessionUser, studentId: string): Promise<void> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
}

/** Refuses (403) anyone but admins. */
export function requireAdmin(user: SessionUser): void {
  if (user.role !== 'ADMIN') throw new HttpError('forbidden', 'Only admins have access to this.');
}

/** Courses and quests whose analytics `user` may see, as a filter for Course queries. */
export function visibleCoursesWhere(user: SessionUser): Prisma.CourseWhereInput {
  if (user.role === 'ADMIN') return {};
  if (user.role === 'INSTRUCTOR') return taughtCoursesWhere(user.id);
  return { id: { in: [] } };
}

const sitesFor = cache(async (userId: string, role: SessionUser['role']): Promise<AuthorizedSite[]> => {
  const select = { id: true, key: true, name: true, timeZone: true } as const;
  const orderBy = [{ createdAt: 'asc' as const }, { key: 'asc' as const }];
  if (role !== 'ADMIN' && role !== 'INSTRUCTOR') return [];
  const where = role === 'ADMIN' ? {} : { courses: { some: taughtCoursesWhere(userId) } };
  return (await db.site.findMany({ where, select, orderBy })).map(grant);
});

/** Sites whose analytics the user may see, oldest first. Parents and students see none. */
export function accessibleSites(user: SessionUser): Promise<AuthorizedSite[]> {
  return sitesFor(user.id, user.role);
}

/**
 * The site to show: the one named by `siteKey`, or the user's first accessible site.
 * Throws HttpError 404 for an unknown key (or when the user has no site at all), 403 for a
 * site the user may not see.
 */
export async function resolveSite(user: SessionUser, siteKey?: string | null): Promise<AuthorizedSite> {
  const sites = await accessibleSites(user);
  if (!siteKey) {
    const first = sites[0];
    if (!first) throw new HttpError('no_site', 'No site is available to your account yet.');
    return first;
  }
  const allowed = sites.find((site) => site.key === siteKey);
  if (allowed) return allowed;
  const exists = await db.site.findUnique({ where: { key: siteKey }, select: { id: true } });
  if (!exists) throw new HttpError('unknown_site', `There is no site with key "${siteKey}".`);
  throw new HttpError('forbidden', 'Your account does not have access to this site.');
}

/**
 * For code that acts as the system rather than for a person (jobs, benchmarks, tests), which may
 * read every site. Lint forbids it in app/ and components/: there, a site comes from resolveSite.
 */
export function siteForSystem(site: SiteRef): AuthorizedSite {
  return grant(site);
}

// Ids are cuids from our own database; anything else cannot name a student.
const STUDENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

// Cached per request: one student page runs several sections, each checking for itself.
const studentVisible = cache(async (userId: string, role: SessionUser['role'], studentId: string): Promise<boolean> => {
  if (!STUDENT_ID.test(studentId)) return false;
  const where = { AND: [{ id: studentId }, visibleStudentsWhere({ id: userId, role })] };
  return (await db.user.findFirst({ where, select: { id: true } })) !== null;
});

/** Whether the user may see this student's data; false also for unknown or malformed ids and non-students. */
export function canSeeStudent(user: SessionUser, studentId: string): Promise<boolean> {
  return studentVisible(user.id, user.role, studentId);
}

/** Throws 404 unless `user` may see this student: someone else's and an unknown id look the same. */
export async function requireVisibleStudent(user: SessionUser, studentId: string): Promise<void> {
  if (!(await canSeeStudent(user, studentId)))
    throw new HttpError('student_not_found', 'No student with this id is visible to your account.');
}
