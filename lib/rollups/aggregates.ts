// The per-path and per-channel aggregates, written once and used both by the rollups job (grouped
// by day, stored in DailyPageStat/DailyChannelStat) and by dashboard queries over the raw recent
// window (grouped by path or channel only), so rollups and raw events can never disagree.
import type { SqlBuilder } from '@/lib/sql/raw';

type Range = { siteId: string; from: Date; to: Date; byDay: boolean };

/** Events without a URL have no path; they are counted under this label so every pageview is in some row. */
export const NO_PATH = '(no path)';

/** views, uniques, engagement (sum of page_exit durations), load (sum of pageview props.loadMs). */
export function pageEventAggregates({ siteId, from, to, byDay }: Range): SqlBuilder {
  return (sql) => {
    const load = `CAST(ROUND(${sql.jsonNumber('"props"', 'loadMs')}) AS BIGINT)`;
    const day = byDay ? `${sql.dayKey('"timestamp"')} AS "day", ` : '';
    return {
      text: `SELECT ${day}COALESCE("path", '${NO_PATH}') AS "path",
          SUM(CASE WHEN "type" = 'pageview' THEN 1 ELSE 0 END) AS "views",
          COUNT(DISTINCT CASE WHEN "type" = 'pageview' THEN "visitorId" END) AS "uniques",
          SUM(CASE WHEN "type" = 'page_exit' THEN COALESCE("durationMs", 0) ELSE 0 END) AS "engagementMs",
          SUM(CASE WHEN "type" = 'pageview' THEN ${load} END) AS "loadMs",
          COUNT(CASE WHEN "type" = 'pageview' THEN ${load} END) AS "loadSamples"
        FROM "Event"
        WHERE "siteId" = ? AND "type" IN ('pageview', 'page_exit') AND "timestamp" >= ? AND "timestamp" < ?
        GROUP BY ${byDay ? '1, 2' : '1'}`,
      params: [siteId, sql.date(from), sql.date(to)],
    };
  };
}

/** Sessions that entered on each path, and how many of those bounced. */
export function entryAggregates({ siteId, from, to, byDay }: Range): SqlBuilder {
  return (sql) => {
    const day = byDay ? `${sql.dayKey('"startedAt"')} AS "day", ` : '';
    return {
      text: `SELECT ${day}"entryPath" AS "path", COUNT(*) AS "entries", SUM(CASE WHEN "bounce" THEN 1 ELSE 0 END) AS "bounces"
        FROM "Session"
        WHERE "siteId" = ? AND "startedAt" >= ? AND "startedAt" < ? AND "entryPath" IS NOT NULL
        GROUP BY ${byDay ? '1, 2' : '1'}`,
      params: [siteId, sql.date(from), sql.date(to)],
    };
  };
}

/** Per channel: sessions started, distinct visitors, their pageviews, bounces and total duration. */
export function channelAggregates({ siteId, from, to, byDay }: Range): SqlBuilder {
  return (sql) => {
    const day = byDay ? `${sql.dayKey('"startedAt"')} AS "day", ` : '';
    return {
      text: `SELECT ${day}"channel" AS "channel", COUNT(*) AS "sessions", COUNT(DISTINCT "visitorId") AS "visitors",
          SUM("pageviews") AS "pageviews", SUM(CASE WHEN "bounce" THEN 1 ELSE 0 END) AS "bounces", SUM("durationMs") AS "durationMs"
        FROM "Session"
        WHERE "siteId" = ? AND "startedAt" >= ? AND "startedAt" < ?
        GROUP BY ${byDay ? '1, 2' : '1'}`,
      params: [siteId, sql.date(from), sql.date(to)],
    };
  };
}
