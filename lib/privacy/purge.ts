// Deletion of events past the retention period, then of the sessions and visitors that no
// longer have any event. The daily rollups are kept: they are the aggregate history.
import type { Db } from '@/lib/db';
import { maxEventIdBefore } from './batching';
import { markSessionsStale } from '@/lib/session-paths/stale';

/** Deletes events older than `before`, one statement (its own transaction) per batch of ids. */
export async function deleteEventsBefore(db: Db, siteIds: readonly string[], before: Date, batchSize: number) {
  const upToId = await maxEventIdBefore(db, siteIds, before);
  const siteId = { in: [...siteIds] };
  let afterId = 0;
  let events = 0;
  let batches = 0;
  while (afterId < upToId) {
    const rows = await db.event.findMany({
      where: { id: { gt: afterId, lte: upToId }, siteId, timestamp: { lt: before } },
      select: { id: true, sessionId: true },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) break;
    // The timestamp is checked again in the delete, so nothing newer can go even if ids were reused.
    events += (await db.event.deleteMany({ where: { id: { in: ids }, timestamp: { lt: before } } })).count;
    // Sessions that keep newer events get their paths rebuilt; emptied ones go below (and their path with them).
    await markSessionsStale(
      db,
      rows.map((row) => row.sessionId),
    );
    afterId = ids[ids.length - 1]!;
    batches++;
  }
  return { events, batches };
}

/**
 * Sessions and visitors last seen before `before` that have nothing left. The `none` checks are
 * repeated in the delete because both relations cascade: a session with a surviving event (its
 * clock ran ahead of lastSeenAt) must never take that event with it.
 */
export async function deleteEmptySessionsAndVisitors(db: Db, siteIds: readonly string[], before: Date, batchSize: number) {
  let sessions = 0;
  let visitors = 0;
  const siteId = { in: [...siteIds] };
  const emptySession = { siteId, lastSeenAt: { lt: before }, events: { none: {} } };
  for (;;) {
    const ids = (await db.session.findMany({ where: emptySession, select: { id: true }, take: batchSize })).map((s) => s.id);
    if (ids.length === 0) break;
    sessions += (await db.session.deleteMany({ where: { id: { in: ids }, ...emptySession } })).count;
  }
  const emptyVisitor = { siteId, lastSeen: { lt: before }, sessions: { none: {} }, events: { none: {} } };
  for (;;) {
    const ids = (await db.visitor.findMany({ where: emptyVisitor, select: { id: true }, take: batchSize })).map((v) => v.id);
    if (ids.length === 0) break;
    visitors += (await db.visitor.deleteMany({ where: { id: { in: ids }, ...emptyVisitor } })).count;
  }
  return { sessions, visitors };
}
