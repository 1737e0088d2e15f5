// The live edge: flow and funnel items read straight from events, for the sessions (or visitors)
// whose summary cannot answer a range, in (timestamp, id) order like the summaries themselves.
import type { AuthorizedSite } from '@/lib/access';
import { rawRows, sql, str, type Sql } from '@/lib/sql/run';
import { toItem, type PathItem } from './items';

export type RawItems = Map<string, { visitorId: string; item: PathItem }[]>;

/** Items in [from, to) of the given sessions or visitors, keyed by that id. */
export async function rawItems(
  site: AuthorizedSite,
  by: 'sessionId' | 'visitorId',
  ids: readonly string[],
  from: Date,
  to: Date,
  pagesOnly = false,
): Promise<RawItems> {
  const out: RawItems = new Map();
  const types: Sql = pagesOnly ? sql`"type" = 'pageview'` : sql`"type" IN ('pageview', 'custom')`;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await rawRows(
      sql`SELECT ${sql.raw(`"${by}"`)} AS "key", "visitorId" AS "visitorId", "type" AS "type", "path" AS "path", "name" AS "name" FROM "Event"
        WHERE "siteId" = ${site.id} AND ${sql.raw(`"${by}"`)} IN (${sql.join(ids.slice(i, i + 500))}) AND ${types} AND ${sql.range('"timestamp"', from, to)}
        ORDER BY "timestamp", "id"`,
    );
    for (const row of rows) {
      const item = toItem({
        type: str(row.type),
        path: row.path === null ? null : str(row.path),
        name: row.name === null ? null : str(row.name),
      });
      if (!item) continue;
      const key = str(row.key);
      const list = out.get(key) ?? [];
      list.push({ visitorId: str(row.visitorId), item });
      out.set(key, list);
    }
  }
  return out;
}

/** The site's sessions not summarised as they are now, optionally only those started in [from, to). */
export async function staleSessions(site: AuthorizedSite, started?: { from: Date; to: Date }): Promise<string[]> {
  const range = started ? sql`AND ${sql.range('"startedAt"', started.from, started.to)}` : sql``;
  const rows = await rawRows(
    sql`SELECT "id" AS "id" FROM "Session" WHERE "siteId" = ${site.id} AND "pathsStale" = ${sql.raw('TRUE')} ${range}`,
  );
  return rows.map((row) => str(row.id));
}
