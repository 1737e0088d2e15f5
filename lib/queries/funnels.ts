// Funnels: how many sessions (or visitors) did steps 1…N in order within the range, with the
// conversion from the first step and the drop-off between steps. Matching rules: funnel-steps.ts.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { countFunnel, type FunnelEvent, type FunnelStep } from './funnel-steps';
import { num, rawRows, ratio, sql, str, type Sql } from '@/lib/sql/run';

export type FunnelBy = 'session' | 'visitor';
export type FunnelStepResult = {
  label: string;
  count: number;
  /** count / first step's count. */
  conversion: number;
  /** count / previous step's count (1 for the first step). */
  stepConversion: number;
  /** previous step's count − count (0 for the first step). */
  dropOff: number;
};
export type Funnel = { by: FunnelBy; entered: number; completed: number; steps: FunnelStepResult[] };

type Timed = FunnelEvent & { at: string; id: number };

/**
 * The events that can match a step, as two streams (pageviews, custom events) that each come in
 * time order from the (siteId, type, timestamp) index, merged here by (time, id): no sort of the
 * whole range in the database.
 */
async function candidateEvents(site: AuthorizedSite, from: Date, to: Date, steps: FunnelStep[], by: FunnelBy): Promise<Timed[]> {
  const pages = steps.filter((s) => s.kind === 'page');
  const exact = [...new Set(pages.filter((s) => !s.prefix).map((s) => s.path))];
  const prefixes = [...new Set(pages.filter((s) => s.prefix).map((s) => s.path))];
  const names = [...new Set(steps.flatMap((s) => (s.kind === 'event' ? [s.name] : [])))];
  const entity = by === 'visitor' ? '"visitorId"' : '"sessionId"';
  const stream = (type: 'pageview' | 'custom', test: Sql) =>
    rawRows(
      sql`SELECT ${sql.raw(entity)} AS "entity", "id" AS "id", ${sql.msKey('"timestamp"')} AS "at", "path" AS "path", "name" AS "name" FROM "Event"
        WHERE "siteId" = ${site.id} AND "type" = ${type} AND ${sql.range('"timestamp"', from, to)} AND (${test})
        ORDER BY "timestamp", "id"`,
    ).then((rows) =>
      rows.map((r) => ({
        entity: str(r.entity),
        id: num(r.id),
        at: str(r.at),
        type,
        path: r.path === null ? null : str(r.path),
        name: r.name === null ? null : str(r.name),
      })),
    );
  // substr, not LIKE, for prefixes: LIKE ignores case on SQLite but not on Postgres.
  const pageTests = [
    ...(exact.length ? [sql`"path" IN (${sql.join(exact)})`] : []),
    ...prefixes.map((p) => sql`substr("path", 1, ${sql.raw(String(p.length))}) = ${p}`),
  ];
  const [views, customs] = await Promise.all([
    pageTests.length ? stream('pageview', sql.join(pageTests, ' OR ')) : Promise.resolve([]),
    names.length ? stream('custom', sql`"name" IN (${sql.join(names)})`) : Promise.resolve([]),
  ]);
  const merged: Timed[] = [];
  let i = 0;
  let j = 0;
  while (i < views.length || j < customs.length) {
    const a = views[i];
    const b = customs[j];
    if (b === undefined || (a !== undefined && (a.at < b.at || (a.at === b.at && a.id < b.id)))) {
      merged.push(a as Timed);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

export async function getFunnel(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  steps: FunnelStep[],
  by: FunnelBy = 'session',
): Promise<Funnel> {
  const reached = countFunnel(await candidateEvents(site, from, to, steps, by), steps);
  const first = reached[0] ?? 0;
  return {
    by,
    entered: first,
    completed: reached[reached.length - 1] ?? 0,
    steps: steps.map((step, i) => {
      const count = reached[i] ?? 0;
      const previous = i === 0 ? count : (reached[i - 1] ?? 0);
      return {
        label: step.label,
        count,
        conversion: ratio(count, first),
        stepConversion: i === 0 ? 1 : ratio(count, previous),
        dropOff: previous - count,
      };
    }),
  };
}
