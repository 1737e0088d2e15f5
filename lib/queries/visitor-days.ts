// Distinct visitors, event totals and device/browser/OS sessions over a range: whole rolled-up local
// days from VisitorDay, DailyEventType and DailyTech, the rest from raw rows. Distinct visitors are
// counted in ONE statement over the stored presence rows and the raw sessions together (UNION
// ALL), so a visitor seen on both sides counts once: exact, never a sum of per-day figures.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { techAggregates } from '@/lib/behaviour-days/aggregates';
import { dayPlan, fromUnion, type DayPlan } from '@/lib/behaviour-days/plan';
import { isoOrNull, num, rawRows, sql, str, type Sql } from '@/lib/sql/run';

const rolledPresence = (site: AuthorizedSite, plan: DayPlan) =>
  plan.rolled &&
  sql`SELECT "channel", "visitorId" FROM "VisitorDay" WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`;
const rawPresence = (site: AuthorizedSite, plan: DayPlan) =>
  plan.raw.map(
    (span) =>
      sql`SELECT "channel", "visitorId" FROM "Session" WHERE "siteId" = ${site.id} AND ${sql.range('"startedAt"', span.from, span.to)}`,
  );

/** Distinct visitors with a session starting in the range, per channel. */
export async function visitorsByChannel(site: AuthorizedSite, from: Date, to: Date, useRollups = true): Promise<Map<string, number>> {
  const plan = await dayPlan(site, from, to, useRollups);
  const source = fromUnion([rolledPresence(site, plan), ...rawPresence(site, plan)]);
  if (!source) return new Map();
  const rows = await rawRows(sql`SELECT "channel", COUNT(DISTINCT "visitorId") AS "visitors" ${source} GROUP BY 1`);
  return new Map(rows.map((r) => [str(r.channel), num(r.visitors)]));
}

/** Distinct visitors with a session starting in the range. */
export async function distinctVisitors(site: AuthorizedSite, from: Date, to: Date, useRollups = true): Promise<number> {
  const plan = await dayPlan(site, from, to, useRollups);
  const source = fromUnion([rolledPresence(site, plan), ...rawPresence(site, plan)]);
  if (!source) return 0;
  const rows = await rawRows(sql`SELECT COUNT(DISTINCT "visitorId") AS "n" ${source}`);
  return num(rows[0]?.n);
}

export type DayVisitors = { visitors: number; new: number };

/**
 * Distinct visitors per whole rolled-up local day (and how many were first seen that day), keyed
 * by the day's date; the plan's raw spans are left for the caller to count in its own buckets.
 */
export async function rolledVisitorDays(site: AuthorizedSite, plan: DayPlan): Promise<Map<string, DayVisitors>> {
  if (!plan.rolled) return new Map();
  const rows = await rawRows(
    sql`SELECT "day", COUNT(DISTINCT "visitorId") AS "visitors", COUNT(DISTINCT CASE WHEN "isNew" THEN "visitorId" END) AS "new"
      FROM "VisitorDay" WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)} GROUP BY 1`,
  );
  return new Map(rows.map((r) => [(isoOrNull(r.day) ?? '').slice(0, 10), { visitors: num(r.visitors), new: num(r.new) }]));
}

/** All events and pageviews in the range: DailyEventType for rolled days, two index-only counts per raw span. */
export async function eventTotals(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  useRollups = true,
): Promise<{ events: number; pageviews: number }> {
  const plan = await dayPlan(site, from, to, useRollups);
  const count = (query: Sql) => rawRows(query).then((rows) => num(rows[0]?.n));
  const parts = await Promise.all([
    plan.rolled
      ? rawRows(
          sql`SELECT SUM("events") AS "events", SUM(CASE WHEN "type" = 'pageview' THEN "events" ELSE 0 END) AS "pageviews" FROM "DailyEventType"
            WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`,
        ).then((rows) => ({ events: num(rows[0]?.events), pageviews: num(rows[0]?.pageviews) }))
      : Promise.resolve({ events: 0, pageviews: 0 }),
    ...plan.raw.map(async (span) => {
      const [events, pageviews] = await Promise.all([
        count(sql`SELECT COUNT(*) AS "n" FROM "Event" WHERE "siteId" = ${site.id} AND ${sql.range('"timestamp"', span.from, span.to)}`),
        count(
          sql`SELECT COUNT(*) AS "n" FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'pageview' AND ${sql.range('"timestamp"', span.from, span.to)}`,
        ),
      ]);
      return { events, pageviews };
    }),
  ]);
  return parts.reduce((sum, part) => ({ events: sum.events + part.events, pageviews: sum.pageviews + part.pageviews }), {
    events: 0,
    pageviews: 0,
  });
}

/** Sessions per (device, browser, os) started in the range, 'Unknown' for what the user agent did not say. */
export async function techSessions(site: AuthorizedSite, from: Date, to: Date, useRollups = true): Promise<Record<string, unknown>[]> {
  const plan = await dayPlan(site, from, to, useRollups);
  const source = fromUnion([
    plan.rolled &&
      sql`SELECT "device", "browser", "os", "sessions" FROM "DailyTech" WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`,
    ...plan.raw.map((span) => techAggregates({ siteId: site.id, from: span.from, to: span.to, byDay: false })),
  ]);
  if (!source) return [];
  return rawRows(sql`SELECT "device", "browser", "os", SUM("sessions") AS "sessions" ${source} GROUP BY 1, 2, 3`);
}
