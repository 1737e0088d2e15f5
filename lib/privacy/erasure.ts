// Erasure requests. A user's *tracked* data goes: events, sessions, visitors (browsers), risk
// scores and the recorded learning outcome. The account and the learning records the platform
// owns (enrolments, XP, badges) stay unless `includeLearningRecords` is set: they mirror the
// school's own system, which remains their source of truth. A visitor id (an anonymous browser)
// can be erased on its own. Events go in batches; the rest, and the audit record, in one
// transaction. Re-running an erasure is safe and finds nothing more to remove.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db, dbProvider, type Db, type Prisma } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import { DEFAULT_BATCH_SIZE, TX_OPTIONS } from './batching';
import { userEventsWhere, userScope, userSessionsWhere } from './subject-scope';
import { markSessionsStale } from '@/lib/session-paths/stale';
import { refreshTouchedDays } from '@/lib/behaviour-days/refresh-days';

/** Where erased rows were, per site: the personal daily tables recompute those days afterwards. */
type Touched = Map<string, Date[]>;
const touch = (touched: Touched, rows: readonly { siteId: string; at: Date }[]) => {
  for (const { siteId, at } of rows) touched.set(siteId, [...(touched.get(siteId) ?? []), at]);
};

async function deleteEventsWhere(db: Db, where: Prisma.EventWhereInput, batchSize: number, touched: Touched): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await db.event.findMany({
      where,
      select: { id: true, sessionId: true, siteId: true, timestamp: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) return deleted;
    touch(
      touched,
      rows.map((e) => ({ siteId: e.siteId, at: e.timestamp })),
    );
    deleted += (await db.event.deleteMany({ where: { id: { in: rows.map((e) => e.id) } } })).count;
    // A shared session keeps someone else's events: its path is rebuilt without the erased ones.
    await markSessionsStale(
      db,
      rows.map((e) => e.sessionId),
    );
  }
}

export type UserErasure = {
  userId: string;
  events: number;
  sessions: number;
  visitors: number;
  riskScores: number;
  learningOutcomes: number;
  /** The platform's known outcome for them (imported or recorded by staff). */
  studentOutcomes: number;
  /** Staff outreach records and notes about the person, and alerts naming them. */
  outreach: number;
  notifications: number;
  /** Their copies of the weekly digests. Their mail choice (unsubscribed or not) stays, to be honoured. */
  digestSends: number;
  enrollments: number;
  xpEntries: number;
  badgeAwards: number;
  auditId: string;
};

export async function eraseUserData(
  db: Db,
  request: { actorId: string; userId: string; includeLearningRecords?: boolean; batchSize?: number },
): Promise<UserErasure> {
  const { actorId, userId } = request;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw new HttpError('user_not_found', `There is no user with id "${userId}".`);
  const scope = await userScope(db, userId);
  const touched: Touched = new Map();
  const events = await deleteEventsWhere(db, userEventsWhere(scope), request.batchSize ?? DEFAULT_BATCH_SIZE, touched);
  const sessionDays = await db.session.findMany({ where: userSessionsWhere(scope), select: { siteId: true, startedAt: true } });
  touch(
    touched,
    sessionDays.map((s) => ({ siteId: s.siteId, at: s.startedAt })),
  );

  const result = await db.$transaction(async (tx) => {
    // Sessions and browsers shared with someone else keep that person's rows and lose the link.
    const sessionScope = userSessionsWhere(scope);
    const sessions = (await tx.session.deleteMany({ where: { AND: [sessionScope, { events: { none: {} } }] } })).count;
    await tx.session.updateMany({ where: { userId }, data: { userId: null } });
    const visitors = (await tx.visitor.deleteMany({ where: { userId, sessions: { none: {} }, events: { none: {} } } })).count;
    await tx.visitor.updateMany({ where: { userId }, data: { userId: null } });
    const riskScores = (await tx.riskScore.deleteMany({ where: { userId } })).count;
    // Keeps the risk job from scoring them again from nothing (lib/risk/compute.ts).
    await tx.user.update({ where: { id: userId }, data: { trackingErasedAt: new Date() } });
    const learningOutcomes = (await tx.learningOutcome.deleteMany({ where: { userId } })).count;
    const studentOutcomes = (await tx.studentOutcome.deleteMany({ where: { userId } })).count;
    const outreach = (await tx.outreach.deleteMany({ where: { studentId: userId } })).count;
    const notifications = (await tx.notification.deleteMany({ where: { OR: [{ studentId: userId }, { userId }] } })).count;
    const digestSends = (await tx.digestSend.deleteMany({ where: { userId } })).count;
    const learning = request.includeLearningRecords
      ? {
          enrollments: (await tx.enrollment.deleteMany({ where: { userId } })).count,
          xpEntries: (await tx.xpEntry.deleteMany({ where: { userId } })).count,
          badgeAwards: (await tx.badgeAward.deleteMany({ where: { userId } })).count,
        }
      : { enrollments: 0, xpEntries: 0, badgeAwards: 0 };
    const counts = {
      events,
      sessions,
      visitors,
      riskScores,
      learningOutcomes,
      studentOutcomes,
      outreach,
      notifications,
      digestSends,
      ...learning,
    };
    const audit = await recordAudit(tx, {
      actorId,
      action: 'privacy.erase_user',
      target: `user:${userId}`,
      details: { subject: user.email, includeLearningRecords: request.includeLearningRecords === true, ...counts },
    });
    return { userId, ...counts, auditId: audit.id };
  }, TX_OPTIONS);
  await refreshTouchedDays(db, dbProvider(), touched);
  return result;
}

export type VisitorErasure = { visitorId: string; events: number; sessions: number; visitors: number; auditId: string };

/** Erases one browser's data: its events, its sessions and the visitor row itself. */
export async function eraseVisitorData(
  db: Db,
  request: { actorId: string; visitorId: string; batchSize?: number },
): Promise<VisitorErasure> {
  const { actorId, visitorId } = request;
  const visitor = await db.visitor.findUnique({
    where: { id: visitorId },
    select: { id: true, anonId: true, site: { select: { key: true } } },
  });
  if (!visitor) throw new HttpError('visitor_not_found', `There is no visitor with id "${visitorId}".`);
  // Events of this browser's sessions are included even if another visitor id was stamped on them.
  const touched: Touched = new Map();
  const events = await deleteEventsWhere(
    db,
    { OR: [{ visitorId }, { session: { visitorId } }] },
    request.batchSize ?? DEFAULT_BATCH_SIZE,
    touched,
  );
  const sessionDays = await db.session.findMany({ where: { visitorId }, select: { siteId: true, startedAt: true } });
  touch(
    touched,
    sessionDays.map((s) => ({ siteId: s.siteId, at: s.startedAt })),
  );
  const result = await db.$transaction(async (tx) => {
    const sessions = (await tx.session.deleteMany({ where: { visitorId } })).count;
    const visitors = (await tx.visitor.deleteMany({ where: { id: visitorId } })).count;
    const audit = await recordAudit(tx, {
      actorId,
      action: 'privacy.erase_visitor',
      target: `visitor:${visitorId}`,
      details: { site: visitor.site.key, anonId: visitor.anonId, events, sessions, visitors },
    });
    return { visitorId, events, sessions, visitors, auditId: audit.id };
  }, TX_OPTIONS);
  await refreshTouchedDays(db, dbProvider(), touched);
  return result;
}

/**
 * The admin UI's erasure: the admin must type the person's e-mail address (or the visitor's
 * anonymous id). Checked here, not only in the form, so no request can skip the step.
 */
export async function eraseConfirmed(
  admin: SessionUser,
  request: { kind: 'user' | 'visitor'; id: string; confirmation: string; includeLearningRecords?: boolean },
): Promise<UserErasure | VisitorErasure> {
  requireAdmin(admin);
  const typed = request.confirmation.trim().toLowerCase();
  if (request.kind === 'user') {
    const user = await db.user.findUnique({ where: { id: request.id }, select: { email: true } });
    if (!user) throw new HttpError('user_not_found', `There is no user with id "${request.id}".`);
    if (typed !== user.email.toLowerCase())
      throw new HttpError('confirmation_mismatch', `Type ${user.email} exactly to confirm the erasure.`);
    return eraseUserData(db, { actorId: admin.id, userId: request.id, includeLearningRecords: request.includeLearningRecords });
  }
  const visitor = await db.visitor.findUnique({ where: { id: request.id }, select: { anonId: true } });
  if (!visitor) throw new HttpError('visitor_not_found', `There is no visitor with id "${request.id}".`);
  if (typed !== visitor.anonId.toLowerCase())
    throw new HttpError('confirmation_mismatch', `Type ${visitor.anonId} exactly to confirm the erasure.`);
  return eraseVisitorData(db, { actorId: admin.id, visitorId: request.id });
}
