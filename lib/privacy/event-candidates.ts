// The one raw query of the retention job: ids of old events that still hold something to
// anonymise. Raw because "props mentions an @" cannot be asked through Prisma's typed Json
// filters on both providers; everything else about the job uses the typed API.
import type { DatabaseProvider } from '@/lib/database-url';
import { rawRows, sql, type RawClient, type Sql } from '@/lib/sql/run';

// Free-text columns anonymisation redacts; props is JSON (text on SQLite, jsonb on Postgres).
// Card numbers cannot be found with LIKE on both providers; every event still carries its user
// agent (and usually its IP) until its first anonymisation, so that pass redacts them too.
const TEXT_COLUMNS = [
  '"name"',
  '"url"',
  '"title"',
  '"referrer"',
  '"elementId"',
  '"elementClasses"',
  '"elementText"',
  '"elementTag"',
] as const;

function mayHoldEmail(column: Sql): Sql {
  // `\` escapes the literal % of a percent-encoded @ (%40); ESCAPE works alike on both providers.
  return sql`(${column} LIKE '%@%' OR ${column} LIKE '%\\%40%' ESCAPE '\\')`;
}

/**
 * Up to `limit` ids in (afterId, upToId] of events older than `before` that still carry a user id,
 * user agent, IP or text that might hold an e-mail address, ascending. Walking the primary key
 * keeps each batch's cost proportional to the rows it passes, never to the table. An event stamped
 * exactly at `before` is not older than it, so it stays.
 */
export async function anonymiseCandidates(
  client: RawClient,
  provider: DatabaseProvider,
  range: { siteIds: readonly string[]; afterId: number; upToId: number; before: Date; limit: number },
): Promise<number[]> {
  if (range.siteIds.length === 0) return [];
  const text = sql.join([...TEXT_COLUMNS.map(sql.raw), sql.jsonAsText('"props"')].map(mayHoldEmail), ' OR ');
  const rows = await rawRows<{ id: number | bigint }>(
    sql`SELECT "id" FROM "Event"
      WHERE "id" > ${range.afterId} AND "id" <= ${range.upToId} AND "timestamp" < ${range.before} AND "siteId" IN (${sql.join(range.siteIds)})
        AND ("userId" IS NOT NULL OR "userAgent" IS NOT NULL OR "ip" IS NOT NULL OR ${text})
      ORDER BY "id" LIMIT ${range.limit}`,
    { client, provider },
  );
  return rows.map((row) => Number(row.id));
}
