// User flows: the ordered pageview paths of each session that started in the range, shaped into a
// step-indexed Sankey by flows-graph.ts.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { buildFlowGraph, type FlowGraph, type FlowOptions } from './flows-graph';
import { rawRows, sql, str } from '@/lib/sql/run';

export type { FlowGraph, FlowOptions } from './flows-graph';
export const DEFAULT_FLOW_OPTIONS: FlowOptions = { steps: 5, top: 6, entry: null };

export async function getFlows(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  options: FlowOptions = DEFAULT_FLOW_OPTIONS,
): Promise<FlowGraph> {
  // Pageviews come in (timestamp, id) order straight from the (siteId, type, timestamp) index, and
  // are grouped per session here: no join and no sort of every pageview in the database.
  const [sessions, rows] = await Promise.all([
    rawRows(sql`SELECT "id" AS "id" FROM "Session" WHERE "siteId" = ${site.id} AND ${sql.range('"startedAt"', from, to)}`),
    rawRows(
      sql`SELECT "sessionId" AS "session", "path" AS "path" FROM "Event"
        WHERE "siteId" = ${site.id} AND "type" = 'pageview' AND ${sql.range('"timestamp"', from, to)} AND "path" IS NOT NULL
        ORDER BY "timestamp", "id"`,
    ),
  ]);
  const started = new Set(sessions.map((row) => str(row.id)));
  const bySession = new Map<string, string[]>();
  for (const row of rows) {
    const session = str(row.session);
    if (!started.has(session)) continue;
    const paths = bySession.get(session);
    if (paths) paths.push(str(row.path));
    else bySession.set(session, [str(row.path)]);
  }
  return buildFlowGraph([...bySession.values()], options);
}
