// Builds SessionPath rows for a site's stale sessions (new ones, ones ingest wrote to since the
// last run, ones retention or erasure changed), then clears their flag. A session written to
// while it is being summarised keeps its flag: the clear only applies when Session.eventCount is
// still the count read before its events, so the next run picks it up again.
import type { Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { rawExecute, sql } from '@/lib/sql/run';
import { byId } from '@/lib/sql/row-order';
import { summarise, type ItemEvent } from './items';

const BATCH = 500;

export async function refreshSessionPaths(db: Db, provider: DatabaseProvider, siteId: string): Promise<{ sessions: number }> {
  let sessions = 0;
  // Counts first, then events: an event stored in between makes the count stale, never the summary.
  // One read of every stale session, then batches: a session that stays stale (written to
  // meanwhile) waits for the next run instead of being met again in this one.
  // In id order (lib/sql/row-order.ts): the summaries' inserts (their foreign key) and the flag
  // update below take the Session rows that way, as ingest does.
  const all = (
    await db.session.findMany({ where: { siteId, pathsStale: true }, select: { id: true, startedAt: true, eventCount: true } })
  ).sort(byId);
  for (let i = 0; i < all.length; i += BATCH) {
    const stale = all.slice(i, i + BATCH);
    const ids = stale.map((s) => s.id);
    const events = await db.event.findMany({
      where: { sessionId: { in: ids }, type: { in: ['pageview', 'custom'] } },
      select: { sessionId: true, visitorId: true, type: true, path: true, name: true, timestamp: true },
      orderBy: [{ sessionId: 'asc' }, { timestamp: 'asc' }, { id: 'asc' }],
    });
    const bySession = new Map<string, ItemEvent[]>();
    for (const e of events) {
      const list = bySession.get(e.sessionId) ?? [];
      list.push({ type: e.type, path: e.path, name: e.name, visitorId: e.visitorId, at: e.timestamp });
      bySession.set(e.sessionId, list);
    }
    const rows = stale.map((s) => ({
      sessionId: s.id,
      siteId,
      startedAt: s.startedAt,
      eventCount: s.eventCount,
      ...summarise(bySession.get(s.id) ?? []),
    }));
    await db.$transaction([db.sessionPath.deleteMany({ where: { sessionId: { in: ids } } }), db.sessionPath.createMany({ data: rows })]);
    // PostgreSQL: an UPDATE locks rows in the order its plan meets them (often their order on
    // disk), so the rows are locked first, sorted by id; ingest locks them in that order too.
    const targets =
      provider === 'postgres'
        ? sql`(SELECT "id" FROM "Session" WHERE "id" IN (${sql.join(ids)}) ORDER BY "id" COLLATE "C" FOR NO KEY UPDATE)`
        : sql`(${sql.join(ids)})`;
    await rawExecute(
      sql`UPDATE "Session" SET "pathsStale" = ${sql.raw('FALSE')} WHERE "id" IN ${targets}
        AND "eventCount" = (SELECT sp."eventCount" FROM "SessionPath" sp WHERE sp."sessionId" = "Session"."id")`,
      { client: db, provider },
    );
    sessions += stale.length;
  }
  return { sessions };
}
