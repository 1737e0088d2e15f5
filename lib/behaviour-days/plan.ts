// Which part of a range the daily behaviour and presence tables answer (whole local days inside
// the rollup coverage, as label dates) and which raw events answer (partial days at either end,
// today, days not rolled up yet). Queries read the stored rows and the same aggregate of the raw
// spans in one statement, UNION ALL, so distinct counts (visitors, sessions) dedupe across both.
import { db } from '@/lib/db';
import { readCoverage } from '@/lib/rollups/coverage';
import { planRange, rolledDays, type Span } from '@/lib/rollups/plan';
import { sql, type Sql } from '@/lib/sql/sql';

export type DayPlan = { rolled: { gte: Date; lt: Date } | null; raw: Span[] };

export async function dayPlan(site: { id: string; timeZone: string }, from: Date, to: Date, useRollups = true): Promise<DayPlan> {
  const zone = site.timeZone;
  const plan = planRange(from, to, useRollups ? await readCoverage(db, site.id, zone) : null, zone);
  return { rolled: plan.rolled ? rolledDays(plan.rolled, zone) : null, raw: plan.raw };
}

/** `FROM (a UNION ALL b …) AS "u"`; null when there is nothing to read (an empty range). */
export function fromUnion(parts: readonly (Sql | null)[]): Sql | null {
  const present = parts.filter((part): part is Sql => part !== null);
  return present.length === 0 ? null : sql`FROM (${sql.join(present, ' UNION ALL ')}) AS "u"`;
}
