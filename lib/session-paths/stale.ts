// Marks sessions stale when their events are deleted or changed (retention, erasure,
// anonymisation): dashboards then read them raw until the rollups job rebuilds their path. Their
// summary goes too, so a rebuild already under way cannot clear the flag for it.
import type { Db } from '@/lib/db';

export async function markSessionsStale(db: Db, sessionIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(sessionIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    await db.$transaction([
      db.session.updateMany({ where: { id: { in: part } }, data: { pathsStale: true } }),
      db.sessionPath.deleteMany({ where: { sessionId: { in: part } } }),
    ]);
  }
}
