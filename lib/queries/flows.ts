// User flows: the ordered pageview paths of each session that started in the range, shaped into a
// step-indexed Sankey by flows-graph.ts. Sessions come from SessionPath (one row each, built by
// the rollups job), one row per distinct path where whole summaries answer; the live edge — sessions not summarised yet, or whose pageviews reach past
// the range, or whose stored prefix is too short for the steps asked — is read from raw events.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { buildFlowGraph, toSteps, type FlowGraph, type FlowOptions } from './flows-graph';
import { decodeItems, pagePaths, SESSION_PATH_ITEMS } from '@/lib/session-paths/items';
import { rawItems, staleSessions } from '@/lib/session-paths/raw';
import { answerable, groupedItems, MAX_EXCLUDED } from '@/lib/session-paths/grouped';
import { num, rawRows, sql, str } from '@/lib/sql/run';

export type { FlowGraph, FlowOptions } from './flows-graph';
export const DEFAULT_FLOW_OPTIONS: FlowOptions = { steps: 5, top: 6, entry: null };

export async function getFlows(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  options: FlowOptions = DEFAULT_FLOW_OPTIONS,
): Promise<FlowGraph> {
  const stale = await staleSessions(site, { from, to });
  const group = stale.length <= MAX_EXCLUDED;
  const scope = sql`${sql.range('"startedAt"', from, to)} AND "pageCount" > 0`;
  const [groups, summaries] = await Promise.all([
    group ? groupedItems(site, scope, from, to, stale) : Promise.resolve([]),
    rawRows(
      sql`SELECT "sessionId" AS "id", "itemCount" AS "count", "items" AS "items",
        CASE WHEN ${sql.range('"firstAt"', from, to)} AND ${sql.range('"lastAt"', from, to)} THEN 1 ELSE 0 END AS "inside"
        FROM "SessionPath" WHERE "siteId" = ${site.id} AND ${scope} ${group ? sql`AND NOT ${answerable(from, to)}` : sql``}`,
    ),
  ]);
  const sequences: string[][] = [];
  for (const { items, sessions } of groups) {
    const paths = pagePaths(items);
    for (let i = 0; i < sessions; i++) sequences.push(paths);
  }
  const skip = new Set(stale);
  const raw = [...stale];
  for (const row of summaries) {
    const id = str(row.id);
    if (skip.has(id)) continue;
    if (num(row.inside) !== 1 || row.items === null) {
      raw.push(id);
      continue;
    }
    const paths = pagePaths(decodeItems(str(row.items)));
    // A cut-off prefix still decides the flow when it already holds every step asked for.
    if (num(row.count) > SESSION_PATH_ITEMS && toSteps(paths, options.steps).length < options.steps) raw.push(id);
    else sequences.push(paths);
  }
  for (const items of (await rawItems(site, 'sessionId', raw, from, to, true)).values())
    sequences.push(pagePaths(items.map((entry) => entry.item)));
  return buildFlowGraph(sequences, options);
}
