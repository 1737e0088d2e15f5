// Voiding a statement retracts what it became: the events mapped from it are deleted, their
// sessions recounted from the events that remain (or deleted when none remain), and the learning
// records they fed (enrolment status and progress, XP, badges) rebuilt for the courses, tasks and
// badges concerned by replaying the learner's remaining trusted events. Daily page rollups are
// not touched: statements become `custom` events, which carry no page view. Risk scores follow at
// the next scoring run, since they are computed from events.
import { db, type Prisma } from '@/lib/db';
import { applyLearningEvents } from '@/lib/learning/apply-events';
import { learningEventsOf, type LearningEventInput } from '@/lib/learning/event-props';

type Tx = Prisma.TransactionClient;
export type Retracted = { events: number; sessions: number };

const statementIdOf = (props: unknown) =>
  props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>).statementId : undefined;

/** The mapped events of these statements: an event keeps its statement's timestamp and id. */
async function mappedEvents(tx: Tx, siteId: string, statementIds: readonly string[]) {
  const statements = await tx.xapiStatement.findMany({
    where: { siteId, statementId: { in: [...statementIds] } },
    select: { timestamp: true },
  });
  if (statements.length === 0) return [];
  const wanted = new Set(statementIds);
  const candidates = await tx.event.findMany({
    where: { siteId, source: 'SERVER', type: 'custom', timestamp: { in: statements.map((s) => s.timestamp) } },
  });
  return candidates.filter((event) => wanted.has(statementIdOf(event.props) as string));
}

async function recountSessions(tx: Tx, sessionIds: readonly string[]): Promise<void> {
  for (const id of sessionIds) {
    const left = await tx.event.aggregate({ where: { sessionId: id }, _count: true, _min: { timestamp: true }, _max: { timestamp: true } });
    if (left._count === 0 || !left._min.timestamp || !left._max.timestamp) {
      await tx.session.delete({ where: { id } });
      continue;
    }
    const pageviews = await tx.event.count({ where: { sessionId: id, type: 'pageview' } });
    await tx.session.update({
      where: { id },
      data: {
        eventCount: left._count,
        pageviews,
        startedAt: left._min.timestamp,
        lastSeenAt: left._max.timestamp,
        durationMs: left._max.timestamp.getTime() - left._min.timestamp.getTime(),
      },
    });
  }
}

/** Resets the learning records the retracted events touched, then replays what remains. */
async function rebuildLearning(tx: Tx, retracted: readonly LearningEventInput[]): Promise<void> {
  const byUser = new Map<string, ReturnType<typeof learningEventsOf>>();
  for (const event of learningEventsOf(retracted)) byUser.set(event.userId, [...(byUser.get(event.userId) ?? []), event]);
  for (const [userId, events] of byUser) {
    const quests = new Set(events.flatMap((e) => (e.questSlug ? [e.questSlug] : [])));
    const tasks = new Set(events.flatMap((e) => (e.taskSlug ? [e.taskSlug] : [])));
    const badges = new Set(events.flatMap((e) => (e.badgeKey ? [e.badgeKey] : [])));
    const reasons = [...[...tasks].map((slug) => `task_completed:${slug}`), ...[...quests].map((slug) => `quest_completed:${slug}`)];
    await tx.xpEntry.deleteMany({ where: { userId, reason: { in: reasons } } });
    const badgeRows = await tx.badge.findMany({ where: { key: { in: [...badges] } }, select: { id: true } });
    await tx.badgeAward.deleteMany({ where: { userId, badgeId: { in: badgeRows.map((b) => b.id) } } });
    await tx.enrollment.updateMany({
      where: { userId, course: { slug: { in: [...quests] } }, status: { not: 'ABANDONED' } },
      data: { status: 'ENROLLED', progress: 0, startedAt: null, completedAt: null },
    });
    const remaining = await tx.event.findMany({
      where: { userId, type: 'custom', trusted: true },
      select: { type: true, name: true, userId: true, props: true, timestamp: true, trusted: true },
    });
    const concerned = remaining.filter((event) => {
      const [learning] = learningEventsOf([event]);
      if (!learning) return false;
      return (
        (learning.questSlug !== null && quests.has(learning.questSlug)) ||
        (learning.taskSlug !== null && tasks.has(learning.taskSlug)) ||
        (learning.badgeKey !== null && badges.has(learning.badgeKey))
      );
    });
    await applyLearningEvents(tx, concerned);
  }
}

/** Retracts the learning data of voided statements; a statement never mapped retracts nothing. */
export async function retractStatements(siteId: string, statementIds: readonly string[]): Promise<Retracted> {
  if (statementIds.length === 0) return { events: 0, sessions: 0 };
  return db.$transaction(
    async (tx) => {
      const events = await mappedEvents(tx, siteId, statementIds);
      if (events.length === 0) return { events: 0, sessions: 0 };
      await tx.event.deleteMany({ where: { id: { in: events.map((e) => e.id) } } });
      const sessions = [...new Set(events.map((e) => e.sessionId))];
      await recountSessions(tx, sessions);
      await rebuildLearning(tx, events);
      return { events: events.length, sessions: sessions.length };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
