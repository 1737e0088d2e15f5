// Marks sessions stale when their events are deleted or changed (retention, erasure,
// anonymisation): dashboards then read them raw until the rollups job rebuilds their path. Their
// summary goes too, so a rebuild already under way cannot clear the flag for it.
//
// The Session rows are locked first, in id order (lib/sql/row-order.ts), as the refresh does before
// it writes summaries: a marking and a refresh's write of the same session happen one after the
// other, never interleaved (lib/session-paths/refresh.ts relies on it).
import { dbProvider, type Db } from '@/lib/db';
import { lockSessionRows } from '@/lib/sql/row-order';

export async function markSessionsStale(db: Db, sessionIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(sessionIds)].sort();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    await db.$transaction(async (tx) => {
      await lockSessionRows({ client: tx, provider: dbProvider() }, part);
      await tx.session.updateMany({ where: { id: { in: part } }, data: { pathsStale: true } });
      await tx.sessionPath.deleteMany({ where: { sessionId: { in: part } } });
    });
  }
}
