// Access requests: everything Pathwise stores about one user (or one anonymous visitor), as one
// JSON document. Each export is audited. Events are read in id order, a batch at a time, so a
// very active user does not become one giant query.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db, type Db, type Prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import { userEventsWhere, userScope, userSessionsWhere } from './subject-scope';

const READ_BATCH = 5_000;

export const EVENT_FIELDS = {
  id: true,
  siteId: true,
  sessionId: true,
  visitorId: true,
  userId: true,
  type: true,
  category: true,
  name: true,
  url: true,
  path: true,
  title: true,
  referrer: true,
  elementId: true,
  elementClasses: true,
  elementText: true,
  elementTag: true,
  x: true,
  y: true,
  scrollDepth: true,
  durationMs: true,
  props: true,
  source: true,
  trusted: true,
  timestamp: true,
  receivedAt: true,
  userAgent: true,
  ip: true,
} as const;

async function readEvents(db: Db, where: Prisma.EventWhereInput) {
  const events = [];
  let afterId = 0;
  for (;;) {
    const batch = await db.event.findMany({
      where: { AND: [where, { id: { gt: afterId } }] },
      select: EVENT_FIELDS,
      orderBy: { id: 'asc' },
      take: READ_BATCH,
    });
    events.push(...batch);
    if (batch.length < READ_BATCH) return events;
    afterId = batch[batch.length - 1]!.id;
  }
}

export async function collectUserData(db: Db, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    // Never the password hash: it is a credential, not data about the person.
    select: { id: true, email: true, name: true, role: true, externalId: true, createdAt: true, lastLoginAt: true },
  });
  if (!user) return null;
  const scope = await userScope(db, userId);
  const [
    parents,
    children,
    visitors,
    sessions,
    events,
    enrollments,
    xpEntries,
    badgeAwards,
    riskScores,
    learningOutcome,
    knownOutcome,
    coursesTaught,
    auditEntries,
    outreach,
    notifications,
    digests,
    mailPreference,
  ] = await Promise.all([
    db.parentChild.findMany({
      where: { childId: userId },
      select: { parentId: true, createdAt: true, parent: { select: { email: true, name: true } } },
    }),
    db.parentChild.findMany({
      where: { parentId: userId },
      select: { childId: true, createdAt: true, child: { select: { email: true, name: true } } },
    }),
    db.visitor.findMany({ where: { userId }, orderBy: { firstSeen: 'asc' } }),
    db.session.findMany({ where: userSessionsWhere(scope), orderBy: { startedAt: 'asc' } }),
    readEvents(db, userEventsWhere(scope)),
    db.enrollment.findMany({
      where: { userId },
      include: { course: { select: { slug: true, title: true } } },
      orderBy: { enrolledAt: 'asc' },
    }),
    db.xpEntry.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
    db.badgeAward.findMany({ where: { userId }, include: { badge: { select: { key: true, name: true } } }, orderBy: { awardedAt: 'asc' } }),
    db.riskScore.findMany({ where: { userId }, orderBy: { computedAt: 'asc' } }),
    db.learningOutcome.findUnique({ where: { userId } }),
    // The platform's known outcome for them ("left the course on …"), and who recorded it.
    db.studentOutcome.findUnique({
      where: { userId },
      select: {
        droppedOut: true,
        at: true,
        source: true,
        createdAt: true,
        updatedAt: true,
        recordedBy: { select: { name: true, email: true } },
      },
    }),
    db.course.findMany({ where: { instructorId: userId }, select: { id: true, slug: true, title: true } }),
    db.auditLog.findMany({ where: { actorId: userId }, orderBy: { createdAt: 'asc' } }),
    // Staff notes ABOUT this person (outreach records), and who wrote them.
    db.outreach.findMany({
      where: { studentId: userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, note: true, createdAt: true, staffId: true, staff: { select: { name: true, email: true } } },
    }),
    db.notification.findMany({ where: { OR: [{ userId }, { studentId: userId }] }, orderBy: { createdAt: 'asc' } }),
    db.digestSend.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, week: true, toAddress: true, subject: true, text: true, status: true, createdAt: true, sentAt: true },
    }),
    db.mailPreference.findUnique({ where: { userId } }),
  ]);
  return {
    user,
    parents,
    children,
    visitors,
    sessions,
    events,
    enrollments,
    xpEntries,
    badgeAwards,
    riskScores,
    learningOutcome,
    knownOutcome,
    coursesTaught,
    auditEntriesAsActor: auditEntries,
    outreach,
    notifications,
    digests,
    mailPreference,
  };
}

export async function collectVisitorData(db: Db, visitorId: string) {
  const visitor = await db.visitor.findUnique({ where: { id: visitorId }, include: { site: { select: { key: true, name: true } } } });
  if (!visitor) return null;
  const [sessions, events] = await Promise.all([
    db.session.findMany({ where: { visitorId }, orderBy: { startedAt: 'asc' } }),
    readEvents(db, { visitorId }),
  ]);
  return { visitor, sessions, events };
}

export type AccessExport = {
  format: 'pathwise.access-export.v1';
  exportedAt: string;
  subject: { kind: 'user' | 'visitor'; id: string };
  data: unknown;
};

/** The audited access export of one user; HttpError 404 when there is no such user. */
export async function exportUserData(admin: SessionUser, userId: string, now = new Date()): Promise<AccessExport> {
  requireAdmin(admin);
  const data = await collectUserData(db, userId);
  if (!data) throw new HttpError('user_not_found', `There is no user with id "${userId}".`);
  await recordAudit(db, {
    actorId: admin.id,
    action: 'privacy.export_user',
    target: `user:${userId}`,
    details: { subject: data.user.email, events: data.events.length, sessions: data.sessions.length, visitors: data.visitors.length },
  });
  return { format: 'pathwise.access-export.v1', exportedAt: now.toISOString(), subject: { kind: 'user', id: userId }, data };
}

/** The audited access export of one anonymous visitor; HttpError 404 when unknown. */
export async function exportVisitorData(admin: SessionUser, visitorId: string, now = new Date()): Promise<AccessExport> {
  requireAdmin(admin);
  const data = await collectVisitorData(db, visitorId);
  if (!data) throw new HttpError('visitor_not_found', `There is no visitor with id "${visitorId}".`);
  await recordAudit(db, {
    actorId: admin.id,
    action: 'privacy.export_visitor',
    target: `visitor:${visitorId}`,
    details: { site: data.visitor.site.key, anonId: data.visitor.anonId, events: data.events.length, sessions: data.sessions.length },
  });
  return { format: 'pathwise.access-export.v1', exportedAt: now.toISOString(), subject: { kind: 'visitor', id: visitorId }, data };
}

/** JSON text for the download: Dates as ISO strings; BigInt (none today) as decimal strings. */
export function accessExportJson(value: AccessExport): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item), 2);
}
