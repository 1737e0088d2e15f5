// Shared limits for the data-lifecycle jobs: small transactions, so ingest and dashboards never
// wait long behind a retention run (SQLite has one writer; Postgres holds row locks).
import type { Db } from '@/lib/db';

export const DEFAULT_BATCH_SIZE = 5_000;

/** Interactive transaction limits: a batch of 5,000 rows takes well under a second. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 } as const;

/**
 * The highest Event.id with a timestamp before `before`, found per site through the
 * (siteId, timestamp) index, so a batch walk over the primary key can stop there instead of
 * passing every recent row. 0 when there is none.
 */
export async function maxEventIdBefore(db: Db, siteIds: readonly string[], before: Date): Promise<number> {
  let max = 0;
  for (const siteId of siteIds) {
    const found = await db.event.aggregate({ where: { siteId, timestamp: { lt: before } }, _max: { id: true } });
    max = Math.max(max, found._max.id ?? 0);
  }
  return max;
}

/** The earliest event timestamp per site before `before`, for rolling those days up first. */
export async function oldestEventPerSite(db: Db, siteIds: readonly string[], before: Date): Promise<{ siteId: string; oldest: Date }[]> {
  const found: { siteId: string; oldest: Date }[] = [];
  for (const siteId of siteIds) {
    const result = await db.event.aggregate({ where: { siteId, timestamp: { lt: before } }, _min: { timestamp: true } });
    if (result._min.timestamp) found.push({ siteId, oldest: result._min.timestamp });
  }
  return found;
}
