// The one raw query of the retention job: ids of old events that still hold something to
// anonymise. Raw because "props mentions an @" cannot be asked through Prisma's typed Json
// filters on both providers; everything else about the job uses the typed API.
import type { DatabaseProvider } from '@/lib/database-url';
import type { Prisma } from '@/lib/db';

type Client = Pick<Prisma.TransactionClient, '$queryRawUnsafe'>;

// Free-text columns anonymisation redacts; props is JSON (text on SQLite, jsonb on Postgres).
const TEXT_COLUMNS = ['url', 'title', 'referrer', 'elementText'] as const;

function mayHoldEmail(column: string): string {
  // `\` escapes the literal % of a percent-encoded @ (%40); ESCAPE works alike on both providers.
  return `(${column} LIKE '%@%' OR ${column} LIKE '%\\%40%' ESCAPE '\\')`;
}

function integer(value: number): string {
  // Spliced into the SQL: the SQLite driver binds JS numbers as REAL, which LIMIT refuses.
  if (!Number.isSafeInteger(value)) throw new Error(`expected an integer, got ${value}`);
  return String(value);
}

/** Parameters: before, then one per site id. */
export function candidateSql(
  provider: DatabaseProvider,
  range: { afterId: number; upToId: number; limit: number; siteCount: number },
): string {
  const p = (n: number) => (provider === 'postgres' ? `$${n}` : '?');
  const props = provider === 'postgres' ? '"props"::text' : '"props"';
  const text = [...TEXT_COLUMNS.map((c) => `"${c}"`), props].map(mayHoldEmail).join(' OR ');
  const sites = Array.from({ length: range.siteCount }, (_, i) => p(2 + i)).join(', ');
  return (
    `SELECT "id" FROM "Event" WHERE "id" > ${integer(range.afterId)} AND "id" <= ${integer(range.upToId)} AND "timestamp" < ${p(1)} ` +
    `AND "siteId" IN (${sites}) AND ("userId" IS NOT NULL OR "userAgent" IS NOT NULL OR "ip" IS NOT NULL OR ${text}) ` +
    `ORDER BY "id" LIMIT ${integer(range.limit)}`
  );
}

/**
 * Up to `limit` ids in (afterId, upToId] of events older than `before` that still carry a user id,
 * user agent, IP or text that might hold an e-mail address, ascending. Walking the primary key
 * keeps each batch's cost proportional to the rows it passes, never to the table.
 */
export async function anonymiseCandidates(
  client: Client,
  provider: DatabaseProvider,
  range: { siteIds: readonly string[]; afterId: number; upToId: number; before: Date; limit: number },
): Promise<number[]> {
  if (range.siteIds.length === 0) return [];
  const sql = candidateSql(provider, { ...range, siteCount: range.siteIds.length });
  // SQLite keeps DateTime as ISO-8601 text, which sorts like the instant it names.
  const before = provider === 'sqlite' ? range.before.toISOString() : range.before;
  const rows = await client.$queryRawUnsafe<{ id: number | bigint }[]>(sql, before, ...range.siteIds);
  return rows.map((row) => Number(row.id));
}
