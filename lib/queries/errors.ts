// Front-end errors (type "error") grouped by message, the most recently seen first.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { isoOrNull, num, rawRows, sql, str } from '@/lib/sql/run';

export type ErrorRow = {
  message: string;
  count: number;
  sessions: number;
  pages: number;
  source: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
};
export type ErrorSummary = { total: number; sessions: number; errors: ErrorRow[] };

export async function getErrorSummary(site: AuthorizedSite, from: Date, to: Date, limit = 50): Promise<ErrorSummary> {
  const [rows, totals] = await Promise.all([
    rawRows(
      sql`SELECT COALESCE("name", '(no message)') AS "message", COUNT(*) AS "count", COUNT(DISTINCT "sessionId") AS "sessions",
          COUNT(DISTINCT "path") AS "pages", MAX(${sql.jsonText('"props"', 'source')}) AS "source",
          MIN("timestamp") AS "firstSeen", MAX("timestamp") AS "lastSeen"
        FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'error' AND ${sql.range('"timestamp"', from, to)}
        GROUP BY 1 ORDER BY 7 DESC, 2 DESC, ${sql.textOrder(`COALESCE("name", '(no message)')`)} LIMIT ${limit}`,
    ),
    rawRows(
      sql`SELECT COUNT(*) AS "total", COUNT(DISTINCT "sessionId") AS "sessions" FROM "Event"
        WHERE "siteId" = ${site.id} AND "type" = 'error' AND ${sql.range('"timestamp"', from, to)}`,
    ),
  ]);
  return {
    total: num(totals[0]?.total),
    sessions: num(totals[0]?.sessions),
    errors: rows.map((r) => ({
      message: str(r.message),
      count: num(r.count),
      sessions: num(r.sessions),
      pages: num(r.pages),
      source: r.source === null || r.source === undefined ? null : str(r.source),
      firstSeen: isoOrNull(r.firstSeen),
      lastSeen: isoOrNull(r.lastSeen),
    })),
  };
}
