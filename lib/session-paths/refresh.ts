// Builds SessionPath rows for a site's stale sessions (new ones, ones ingest wrote to since the
// last run, ones retention or erasure changed), then clears their flag. Two writers can change a
// session's events while it is summarised, and each leaves it stale:
// - ingest adds events and raises Session.eventCount: the clear only applies while the count is
//   still the one read before the events;
// - retention, erasure and anonymisation delete or rewrite events and then mark the session
//   (stale.ts), deleting its SessionPath row. So the row is claimed with a placeholder before the
//   events are read, and the summary replaces only a placeholder still there: one deleted meanwhile
//   means the events read may be gone, and the session stays stale for the next run.
// The write locks the Session rows first (id order, as ingest and stale.ts do), so a marking falls
// wholly before it (the placeholder is gone) or wholly after it (the summary is deleted again).
import type { Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { rawExecute, sql } from '@/lib/sql/run';
import { byId, lockSessionRows } from '@/lib/sql/row-order';
import { summarise, type ItemEvent } from './items';

const BATCH = 500;
/** SessionPath.eventCount of a placeholder: no Session.eventCount matches it, so it never clears a flag. */
const CLAIMED = -1;

export type RefreshHooks = {
  /** Called between reading a batch's events and writing its summaries: lets a test change them there. */
  afterRead?: () => Promise<void>;
};

type Stale = { id: string; startedAt: Date; eventCount: number };

/** Replaces the batch's rows with placeholders (stale sessions are read raw, so nobody reads them). */
async function claim(db: Db, siteId: string, stale: Stale[]) {
  const ids = stale.map((s) => s.id);
  await db.$transaction([
    db.sessionPath.deleteMany({ where: { sessionId: { in: ids } } }),
    db.sessionPath.createMany({ data: stale.map((s) => ({ sessionId: s.id, siteId, startedAt: s.startedAt, eventCount: CLAIMED })) }),
  ]);
}

async function readItems(db: Db, ids: string[]): Promise<Map<string, ItemEvent[]>> {
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
  return bySession;
}

/** Writes the summaries whose placeholder survived and clears those sessions' flag (see above). */
async function write(db: Db, provider: DatabaseProvider, siteId: string, stale: Stale[], items: Map<string, ItemEvent[]>) {
  await db.$transaction(
    async (tx) => {
      await lockSessionRows(
        { client: tx, provider },
        stale.map((s) => s.id),
      );
      const claimed = await tx.sessionPath.findMany({
        where: { sessionId: { in: stale.map((s) => s.id) }, eventCount: CLAIMED },
        select: { sessionId: true },
      });
      const kept = new Set(claimed.map((row) => row.sessionId));
      const rows = stale
        .filter((s) => kept.has(s.id))
        .map((s) => ({ sessionId: s.id, siteId, startedAt: s.startedAt, eventCount: s.eventCount, ...summarise(items.get(s.id) ?? []) }));
      if (rows.length === 0) return;
      const ids = rows.map((row) => row.sessionId);
      await tx.sessionPath.deleteMany({ where: { sessionId: { in: ids }, eventCount: CLAIMED } });
      await tx.sessionPath.createMany({ data: rows });
      await rawExecute(
        sql`UPDATE "Session" SET "pathsStale" = ${sql.raw('FALSE')} WHERE "id" IN (${sql.join(ids)})
          AND "eventCount" = (SELECT sp."eventCount" FROM "SessionPath" sp WHERE sp."sessionId" = "Session"."id")`,
        { client: tx, provider },
      );
    },
    { timeout: 30_000 },
  );
}

export async function refreshSessionPaths(
  db: Db,
  provider: DatabaseProvider,
  siteId: string,
  hooks: RefreshHooks = {},
): Promise<{ sessions: number }> {
  let sessions = 0;
  // Counts first, then events: an event stored in between makes the count stale, never the summary.
  // One read of every stale session, then batches: a session that stays stale (written to
  // meanwhile) waits for the next run instead of being met again in this one. In id order: the
  // order every writer locks Session rows in (lib/sql/row-order.ts).
  const all = (
    await db.session.findMany({ where: { siteId, pathsStale: true }, select: { id: true, startedAt: true, eventCount: true } })
  ).sort(byId);
  for (let i = 0; i < all.length; i += BATCH) {
    const stale = all.slice(i, i + BATCH);
    await claim(db, siteId, stale);
    const items = await readItems(
      db,
      stale.map((s) => s.id),
    );
    await hooks.afterRead?.();
    await write(db, provider, siteId, stale, items);
    sessions += stale.length;
  }
  return { sessions };
}
