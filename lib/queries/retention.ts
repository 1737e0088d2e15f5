// New vs returning visitors and weekly cohorts.
// - A visitor is active in a bucket when one of their sessions starts in it; they are NEW in the
//   bucket that contains their Visitor.firstSeen and RETURNING in every other bucket.
// - Buckets and weeks are the site's local days (lib/time/site-day.ts).
// - Cohort = the ISO week (local Monday) of Visitor.firstSeen. Cell (cohort, k) = cohort members
//   with a session starting in the k-th week after the cohort's week, as a share of the cohort.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { bucketKeys, intervalFor, weekFloor } from '@/lib/sql/buckets';
import { localKey, num, rawRows, ratio, sql, str } from '@/lib/sql/run';
import { localDay } from '@/lib/time/site-day';
import { dayPlan } from '@/lib/behaviour-days/plan';
import { distinctVisitors, rolledVisitorDays, type DayVisitors } from './visitor-days';

const DAY_MS = 86_400_000;

export type NewVsReturningPoint = { bucket: string; visitors: number; new: number; returning: number };
export type NewVsReturning = {
  interval: 'hour' | 'day';
  points: NewVsReturningPoint[];
  totals: { visitors: number; new: number; returning: number };
};
export type Cohort = { week: string; size: number; retained: number[]; rates: number[] };
export type Cohorts = { from: string; weeks: number; cohorts: Cohort[] };

export async function getNewVsReturning(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  interval = intervalFor(from, to),
  options: { useRollups?: boolean } = {},
): Promise<NewVsReturning> {
  const useRollups = options.useRollups !== false;
  // Whole rolled-up days come from VisitorDay (its isNew is this same test); the rest from raw sessions.
  const plan = interval === 'day' ? await dayPlan(site, from, to, useRollups) : { rolled: null, raw: [{ from, to }] };
  const rawBuckets = (span: { from: Date; to: Date }) => {
    // firstSeen may precede the span; two days more cover any visitor first seen in a bucket of it.
    const key = (column: string) => localKey(column, interval, site.timeZone, new Date(span.from.getTime() - 2 * DAY_MS), span.to);
    return rawRows(
      sql`SELECT ${key('s."startedAt"')} AS "bucket", COUNT(DISTINCT s."visitorId") AS "visitors",
          COUNT(DISTINCT CASE WHEN ${key('v."firstSeen"')} = ${key('s."startedAt"')} THEN s."visitorId" END) AS "new"
        FROM "Session" s JOIN "Visitor" v ON v."id" = s."visitorId"
        WHERE s."siteId" = ${site.id} AND ${sql.range('s."startedAt"', span.from, span.to)} GROUP BY 1`,
    );
  };
  const [rolled, rawParts, visitors] = await Promise.all([
    rolledVisitorDays(site, plan),
    Promise.all(plan.raw.map(rawBuckets)),
    distinctVisitors(site, from, to, useRollups),
  ]);
  const byBucket = new Map<string, DayVisitors>(rolled);
  for (const r of rawParts.flat()) byBucket.set(str(r.bucket), { visitors: num(r.visitors), new: num(r.new) });
  const points = bucketKeys(from, to, interval, site.timeZone).map((bucket) => {
    const row = byBucket.get(bucket) ?? { visitors: 0, new: 0 };
    return { bucket, visitors: row.visitors, new: row.new, returning: row.visitors - row.new };
  });
  // Each visitor is new in exactly one bucket, so the new total is a plain sum.
  const fresh = points.reduce((sum, p) => sum + p.new, 0);
  return { interval, points, totals: { visitors, new: fresh, returning: visitors - fresh } };
}

/** Cohorts for the ISO weeks from the week containing `from` up to `to`; activity is counted up to `to`. */
export async function getCohorts(site: AuthorizedSite, from: Date, to: Date): Promise<Cohorts> {
  const zone = site.timeZone;
  const start = weekFloor(from, zone);
  const weeks = bucketKeys(start, to, 'week', zone);
  const week = (column: string) => localKey(column, 'week', zone, start, to);
  const [sizes, cells] = await Promise.all([
    rawRows(
      sql`SELECT ${week('"firstSeen"')} AS "cohort", COUNT(*) AS "size" FROM "Visitor"
        WHERE "siteId" = ${site.id} AND ${sql.range('"firstSeen"', start, to)} GROUP BY 1`,
    ),
    rawRows(
      sql`SELECT ${week('v."firstSeen"')} AS "cohort", ${week('s."startedAt"')} AS "week", COUNT(DISTINCT s."visitorId") AS "visitors"
        FROM "Visitor" v JOIN "Session" s ON s."visitorId" = v."id"
        WHERE v."siteId" = ${site.id} AND ${sql.range('v."firstSeen"', start, to)} AND ${sql.range('s."startedAt"', start, to)}
        GROUP BY 1, 2`,
    ),
  ]);
  const sizeOf = new Map(sizes.map((r) => [str(r.cohort), num(r.size)]));
  const cellOf = new Map(cells.map((r) => [`${str(r.cohort)} ${str(r.week)}`, num(r.visitors)]));
  const cohorts = weeks.map((week, index) => {
    const size = sizeOf.get(week) ?? 0;
    // Weeks after `to` have not happened yet, so each cohort has one cell fewer than the one before.
    const retained = weeks.slice(index).map((later) => cellOf.get(`${week} ${later}`) ?? 0);
    return { week, size, retained, rates: retained.map((count) => ratio(count, size)) };
  });
  return { from: weeks[0] ?? localDay(zone, start), weeks: weeks.length, cohorts };
}

/** The retention page shows at least this many weekly cohorts, so short ranges still show returns. */
export const MIN_COHORT_WEEKS = 8;

/** Where the cohort table starts for a range: its start, or MIN_COHORT_WEEKS weeks before its end. */
export function cohortStart(from: Date, to: Date): Date {
  return new Date(Math.min(from.getTime(), to.getTime() - (MIN_COHORT_WEEKS - 1) * 7 * DAY_MS));
}
