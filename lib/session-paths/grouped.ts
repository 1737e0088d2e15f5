// Sessions whose summary answers a range by itself — all its items inside the range, stored
// whole and encodable, not stale — read as one row per distinct item sequence with how many
// sessions share it. Many sessions walk the same few paths, so this reads far fewer rows than one
// per session; the rest (the live edge) is read per session by the caller.
import type { AuthorizedSite } from '@/lib/access';
import { num, rawRows, sql, str, type Sql } from '@/lib/sql/run';
import { decodeItems, SESSION_PATH_ITEMS, type PathItem } from './items';

/** Beyond this many stale sessions the exclusion list would be too long: callers read every row instead. */
export const MAX_EXCLUDED = 500;

export const answerable = (from: Date, to: Date): Sql =>
  sql`("firstAt" >= ${from} AND "lastAt" < ${to} AND "items" IS NOT NULL AND "itemCount" <= ${SESSION_PATH_ITEMS})`;

export async function groupedItems(
  site: AuthorizedSite,
  scope: Sql,
  from: Date,
  to: Date,
  stale: readonly string[],
): Promise<{ items: PathItem[]; sessions: number }[]> {
  const excluded = stale.length > 0 ? sql`AND "sessionId" NOT IN (${sql.join([...stale])})` : sql``;
  const rows = await rawRows(
    sql`SELECT "items" AS "items", COUNT(*) AS "n" FROM "SessionPath"
      WHERE "siteId" = ${site.id} AND ${scope} AND ${answerable(from, to)} ${excluded} GROUP BY "items"`,
  );
  return rows.map((row) => ({ items: decodeItems(str(row.items)), sessions: num(row.n) }));
}
