// Headline figures and the growth series. Definitions (the same everywhere in Pathwise):
// - a session counts in the range its startedAt falls in; bounce rate = bounced sessions /
//   sessions; engagement = mean Session.durationMs;
// - visitors = distinct visitors of those sessions (never summed across days or channels);
// - pageviews and events count by their own timestamp.
// Additive figures (sessions, bounces, durations, pageviews, events) come from the daily rollups for
// whole rolled-up days and from raw rows for the rest; distinct visitors from the VisitorDay presence
// rows of those days together with the raw sessions of the rest, in one statement (exact).
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { previousPeriod } from '@/lib/params/filters';
import { readCoverage } from '@/lib/rollups/coverage';
import { planRange, rolledDays } from '@/lib/rollups/plan';
import { bucketKeys, intervalFor } from '@/lib/sql/buckets';
import { channelDays, sumChannelDays } from './channel-days';
import { dayPlan } from '@/lib/behaviour-days/plan';
import { distinctVisitors, eventTotals, rolledVisitorDays, techSessions } from './visitor-days';
import { compareText, localKey, num, rawRows, ratio, sql, str } from '@/lib/sql/run';

export type Kpis = { visitors: number; sessions: number; pageviews: number; bounceRate: number; avgEngagementMs: number; events: number };
export type Stats = { current: Kpis; previous: Kpis; previousFrom: string; previousTo: string };
export type SeriesPoint = { bucket: string; visitors: number; sessions: number; pageviews: number };
export type Timeseries = { interval: 'hour' | 'day'; points: SeriesPoint[] };

/** Local hours or days of the site's zone, for rows in [from, to). */
const bucketOf = (column: string, interval: 'hour' | 'day', site: AuthorizedSite, from: Date, to: Date) =>
  localKey(column, interval, site.timeZone, from, to);

export async function getKpis(site: AuthorizedSite, from: Date, to: Date, options: { useRollups?: boolean } = {}): Promise<Kpis> {
  const useRollups = options.useRollups !== false;
  const [days, visitors, totals] = await Promise.all([
    channelDays(site, from, to, useRollups),
    distinctVisitors(site, from, to, useRollups),
    eventTotals(site, from, to, useRollups),
  ]);
  const total = sumChannelDays(days);
  return {
    visitors,
    sessions: total.sessions,
    pageviews: totals.pageviews,
    bounceRate: ratio(total.bounces, total.sessions),
    avgEngagementMs: Math.round(ratio(total.durationMs, total.sessions)),
    events: totals.events,
  };
}

/** The range's figures and those of the same-length period just before it. */
export async function getStats(site: AuthorizedSite, from: Date, to: Date): Promise<Stats> {
  const previous = previousPeriod({ from, to });
  const [current, before] = await Promise.all([getKpis(site, from, to), getKpis(site, previous.from, previous.to)]);
  return { current, previous: before, previousFrom: previous.from.toISOString(), previousTo: previous.to.toISOString() };
}

/** Visitors, sessions and pageviews per local hour (ranges up to two days) or per local day of the site's zone. */
export async function getTimeseries(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  interval = intervalFor(from, to),
  options: { useRollups?: boolean } = {},
): Promise<Timeseries> {
  const useRollups = options.useRollups !== false;
  // Daily visitors of whole rolled-up days come from VisitorDay; every other bucket from raw sessions.
  const plan = interval === 'day' ? await dayPlan(site, from, to, useRollups) : { rolled: null, raw: [{ from, to }] };
  const [rolled, rawParts, sessions, pageviews] = await Promise.all([
    rolledVisitorDays(site, plan),
    Promise.all(
      plan.raw.map((span) =>
        rawRows(
          sql`SELECT ${bucketOf('"startedAt"', interval, site, span.from, span.to)} AS "bucket", COUNT(*) AS "sessions", COUNT(DISTINCT "visitorId") AS "visitors"
            FROM "Session" WHERE "siteId" = ${site.id} AND ${sql.range('"startedAt"', span.from, span.to)} GROUP BY 1`,
        ),
      ),
    ),
    // Hourly sessions come with the visitor query; daily ones may come from the rollups.
    interval === 'day' ? channelDays(site, from, to, useRollups) : Promise.resolve(null),
    pageviewsByBucket(site, from, to, interval, useRollups),
  ]);
  // The raw spans and the rolled days never share a bucket (a partial day is never rolled up).
  const visitors = new Map(rawParts.flat().map((row) => [str(row.bucket), { visitors: num(row.visitors), sessions: num(row.sessions) }]));
  for (const [day, counts] of rolled) visitors.set(day, { visitors: counts.visitors, sessions: 0 });
  const sessionsByDay = new Map<string, number>();
  for (const row of sessions ?? []) sessionsByDay.set(row.day, (sessionsByDay.get(row.day) ?? 0) + row.sessions);
  const points = bucketKeys(from, to, interval, site.timeZone).map((bucket) => ({
    bucket,
    visitors: visitors.get(bucket)?.visitors ?? 0,
    sessions: sessions ? (sessionsByDay.get(bucket) ?? 0) : (visitors.get(bucket)?.sessions ?? 0),
    pageviews: pageviews.get(bucket) ?? 0,
  }));
  return { interval, points };
}

/** Daily pageviews come from DailyPageStat for rolled-up days and from raw events elsewhere. */
async function pageviewsByBucket(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  interval: 'hour' | 'day',
  useRollups: boolean,
): Promise<Map<string, number>> {
  const zone = site.timeZone;
  const plan =
    interval === 'day' && useRollups
      ? planRange(from, to, await readCoverage(db, site.id, zone), zone)
      : { rolled: null, raw: [{ from, to }] };
  const counts = new Map<string, number>();
  const add = (key: string, value: number) => counts.set(key, (counts.get(key) ?? 0) + value);
  const parts: Promise<void>[] = plan.raw.map(async (span) => {
    const rows = await rawRows(
      sql`SELECT ${bucketOf('"timestamp"', interval, site, span.from, span.to)} AS "bucket", COUNT(*) AS "views" FROM "Event"
        WHERE "siteId" = ${site.id} AND "type" = 'pageview' AND ${sql.range('"timestamp"', span.from, span.to)} GROUP BY 1`,
    );
    for (const row of rows) add(str(row.bucket), num(row.views));
  });
  if (plan.rolled) {
    parts.push(
      db.dailyPageStat
        .groupBy({ by: ['day'], where: { siteId: site.id, day: rolledDays(plan.rolled, zone) }, _sum: { views: true } })
        .then((rows) => {
          for (const row of rows) add(row.day.toISOString().slice(0, 10), row._sum.views ?? 0);
        }),
    );
  }
  await Promise.all(parts);
  return counts;
}

export type TechRow = { name: string; sessions: number };
export type TechBreakdown = { devices: TechRow[]; browsers: TechRow[]; os: TechRow[] };

/** Sessions per device type, browser and operating system (from the session's user agent): DailyTech plus raw edges. */
export async function getTechBreakdown(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  limit = 8,
  options: { useRollups?: boolean } = {},
): Promise<TechBreakdown> {
  const rows = await techSessions(site, from, to, options.useRollups !== false);
  const top = (column: 'device' | 'browser' | 'os'): TechRow[] => {
    const sessions = new Map<string, number>();
    for (const row of rows) sessions.set(str(row[column]), (sessions.get(str(row[column])) ?? 0) + num(row.sessions));
    return [...sessions]
      .map(([name, n]) => ({ name, sessions: n }))
      .sort((a, b) => b.sessions - a.sessions || compareText(a.name, b.name))
      .slice(0, limit);
  };
  return { devices: top('device'), browsers: top('browser'), os: top('os') };
}
