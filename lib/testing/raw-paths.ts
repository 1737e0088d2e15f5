// Test support: flows and funnels by a full scan of raw events, as the queries computed them
// before SessionPath existed. The session-path integration tests hold the queries to these.
import { buildFlowGraph, type FlowGraph, type FlowOptions } from '@/lib/queries/flows-graph';
import { countFunnel, stepMatches, type FunnelEvent, type FunnelStep } from '@/lib/queries/funnel-steps';
import { rawRows, sql, str } from '@/lib/sql/run';

export async function rawFlows(siteId: string, from: Date, to: Date, options: FlowOptions): Promise<FlowGraph> {
  const started = new Set(
    (await rawRows(sql`SELECT "id" FROM "Session" WHERE "siteId" = ${siteId} AND ${sql.range('"startedAt"', from, to)}`)).map((r) =>
      str(r.id),
    ),
  );
  const rows = await rawRows(
    sql`SELECT "sessionId" AS "session", "path" AS "path" FROM "Event"
      WHERE "siteId" = ${siteId} AND "type" = 'pageview' AND ${sql.range('"timestamp"', from, to)} AND "path" IS NOT NULL
      ORDER BY "timestamp", "id"`,
  );
  const bySession = new Map<string, string[]>();
  for (const row of rows) {
    if (!started.has(str(row.session))) continue;
    bySession.set(str(row.session), [...(bySession.get(str(row.session)) ?? []), str(row.path)]);
  }
  return buildFlowGraph([...bySession.values()], options);
}

export async function rawFunnel(siteId: string, from: Date, to: Date, steps: FunnelStep[], by: 'session' | 'visitor'): Promise<number[]> {
  const entity = by === 'visitor' ? '"visitorId"' : '"sessionId"';
  const rows = await rawRows(
    sql`SELECT ${sql.raw(entity)} AS "entity", "type" AS "type", "path" AS "path", "name" AS "name" FROM "Event"
      WHERE "siteId" = ${siteId} AND "type" IN ('pageview', 'custom') AND ${sql.range('"timestamp"', from, to)}
      ORDER BY "timestamp", "id"`,
  );
  const events: FunnelEvent[] = rows.map((r) => ({
    entity: str(r.entity),
    type: str(r.type),
    path: r.path === null ? null : str(r.path),
    name: r.name === null ? null : str(r.name),
  }));
  return countFunnel(
    events.filter((e) => steps.some((step) => stepMatches(step, e))),
    steps,
  );
}
