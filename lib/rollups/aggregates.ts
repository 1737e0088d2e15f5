// The per-path and per-channel aggregates, written once and used both by the rollups job (grouped
// by day, stored in DailyPageStat/DailyChannelStat) and by dashboard queries over the raw recent
// window (grouped by path or channel only), so rollups and raw events can never disagree.
import { localKey } from '@/lib/sql/local-key';
import { sql, type Sql } from '@/lib/sql/sql';

/** `zone`: whose local days `byDay` groups by (UTC when absent). */
type Range = { siteId: string; from: Date; to: Date; byDay: boolean; zone?: string };

const dayOf = (column: string, { from, to, zone }: Range) => localKey(column, 'day', zone ?? 'UTC', from, to);

/** Events without a URL have no path; they are counted under this label so every pageview is in some row. */
export const NO_PATH = '(no path)';

/**
 * views, uniques, engagement (sum of page_exit durations), load (sum of pageview durations). The
 * SDK sends every measured duration as the event's `ms`, stored in `durationMs`: on a page_exit it
 * is the engaged time, on a pageview the page's load time (navigation timing's loadEventEnd).
 */
export function pageEventAggregates(range: Range): Sql {
  const { siteId, from, to, byDay } = range;
  const load = sql`"durationMs"`;
  const day = byDay ? sql`${dayOf('"timestamp"', range)} AS "day", ` : sql``;
  return sql`SELECT ${day}COALESCE("path", ${sql.raw(`'${NO_PATH}'`)}) AS "path",
      SUM(CASE WHEN "type" = 'pageview' THEN 1 ELSE 0 END) AS "views",
      COUNT(DISTINCT CASE WHEN "type" = 'pageview' THEN "visitorId" END) AS "uniques",
      SUM(CASE WHEN "type" = 'page_exit' THEN COALESCE("durationMs", 0) ELSE 0 END) AS "engagementMs",
      SUM(CASE WHEN "type" = 'pageview' THEN ${load} END) AS "loadMs",
      COUNT(CASE WHEN "type" = 'pageview' THEN ${load} END) AS "loadSamples"
    FROM "Event"
    WHERE "siteId" = ${siteId} AND "type" IN ('pageview', 'page_exit') AND ${sql.range('"timestamp"', from, to)}
    GROUP BY ${sql.raw(byDay ? '1, 2' : '1')}`;
}

/** Sessions that entered on each path, and how many of those bounced. */
export function entryAggregates(range: Range): Sql {
  const { siteId, from, to, byDay } = range;
  const day = byDay ? sql`${dayOf('"startedAt"', range)} AS "day", ` : sql``;
  return sql`SELECT ${day}"entryPath" AS "path", COUNT(*) AS "entries", SUM(CASE WHEN "bounce" THEN 1 ELSE 0 END) AS "bounces"
    FROM "Session"
    WHERE "siteId" = ${siteId} AND ${sql.range('"startedAt"', from, to)} AND "entryPath" IS NOT NULL
    GROUP BY ${sql.raw(byDay ? '1, 2' : '1')}`;
}

/** Per channel: sessions started, distinct visitors, their pageviews, bounces and total duration. */
export function channelAggregates(range: Range): Sql {
  const { siteId, from, to, byDay } = range;
  const day = byDay ? sql`${dayOf('"startedAt"', range)} AS "day", ` : sql``;
  return sql`SELECT ${day}"channel" AS "channel", COUNT(*) AS "sessions", COUNT(DISTINCT "visitorId") AS "visitors",
      SUM("pageviews") AS "pageviews", SUM(CASE WHEN "bounce" THEN 1 ELSE 0 END) AS "bounces", SUM("durationMs") AS "durationMs"
    FROM "Session"
    WHERE "siteId" = ${siteId} AND ${sql.range('"startedAt"', from, to)}
    GROUP BY ${sql.raw(byDay ? '1, 2' : '1')}`;
}
