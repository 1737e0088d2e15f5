// The behaviour aggregates at the grain their daily tables store, written once and used both by the
// rollups job (grouped by local day, stored in DailyPageBehaviour, DailyClickCell,
// DailyElementClick, DailyNamedEvent, DailyEventType, DailyTech) and by the dashboard queries for
// the raw part of a range (no day column), so stored days and raw edges can never disagree.
import { localKey } from '@/lib/sql/local-key';
import { sql, type Sql } from '@/lib/sql/sql';
import { EVENT_TYPES } from '@/lib/taxonomy';

/** `zone`: whose local days `byDay` groups by (UTC when absent). */
export type DayRange = { siteId: string; from: Date; to: Date; byDay: boolean; zone?: string };

/** The heatmap's square, in page pixels. */
export const HEATMAP_CELL = 40;
/** The scroll depths the behaviour page shows (DailyPageBehaviour has a column for each). */
export const SCROLL_DEPTHS = [25, 50, 75, 100] as const;
export const NAMED_TYPES = ['form_submit', 'download', 'outbound'] as const;
export const UNNAMED = '(unnamed)';

const dayColumn = (column: string, { from, to, zone, byDay }: DayRange) =>
  byDay ? sql`${localKey(column, 'day', zone ?? 'UTC', from, to)} AS "day", ` : sql``;
const groupBy = (range: DayRange, columns: number) =>
  sql.raw(
    Array.from({ length: columns + (range.byDay ? 1 : 0) }, (_, i) => i + 1)
      .map(String)
      .join(', '),
  );

/** Per page: positioned clicks, scroll events per shown depth, mouse samples and their intensity. */
export function pageBehaviourAggregates(range: DayRange): Sql {
  const intensity = sql.jsonNumber('"props"', 'intensity');
  const depth = (n: number) => sql.raw(`SUM(CASE WHEN "type" = 'scroll' AND "scrollDepth" = ${n} THEN 1 ELSE 0 END) AS "scroll${n}"`);
  return sql`SELECT ${dayColumn('"timestamp"', range)}"path" AS "path",
      SUM(CASE WHEN "type" = 'click' AND "x" >= 0 AND "y" >= 0 THEN 1 ELSE 0 END) AS "clicks",
      ${sql.join(SCROLL_DEPTHS.map(depth), ', ')},
      SUM(CASE WHEN "type" = 'mouse_activity' THEN 1 ELSE 0 END) AS "mouseSamples",
      SUM(CASE WHEN "type" = 'mouse_activity' THEN ${intensity} END) AS "mouseIntensity",
      COUNT(CASE WHEN "type" = 'mouse_activity' THEN ${intensity} END) AS "mouseIntensityCount"
    FROM "Event"
    WHERE "siteId" = ${range.siteId} AND "type" IN ('click', 'scroll', 'mouse_activity') AND ${sql.range('"timestamp"', range.from, range.to)}
      AND "path" IS NOT NULL
    GROUP BY ${groupBy(range, 1)}`;
}

/** Positioned clicks per page and HEATMAP_CELL square (integer division: x and y are integers). */
export function clickCellAggregates(range: DayRange, path?: string): Sql {
  const cell = sql.raw(String(HEATMAP_CELL));
  const onePath = path === undefined ? sql`"path" IS NOT NULL` : sql`"path" = ${path}`;
  return sql`SELECT ${dayColumn('"timestamp"', range)}"path" AS "path", "x" / ${cell} AS "cx", "y" / ${cell} AS "cy", COUNT(*) AS "clicks"
    FROM "Event"
    WHERE "siteId" = ${range.siteId} AND "type" = 'click' AND ${sql.range('"timestamp"', range.from, range.to)} AND "x" >= 0 AND "y" >= 0 AND ${onePath}
    GROUP BY ${groupBy(range, 3)}`;
}

/** Clicks per element (tag, id, text, data-track) and visitor. */
export function elementClickAggregates(range: DayRange): Sql {
  return sql`SELECT ${dayColumn('"timestamp"', range)}"elementTag" AS "tag", "elementId" AS "elementId", "elementText" AS "text",
      ${sql.jsonText('"props"', 'track')} AS "track", "visitorId" AS "visitorId", COUNT(*) AS "clicks"
    FROM "Event"
    WHERE "siteId" = ${range.siteId} AND "type" = 'click' AND ${sql.range('"timestamp"', range.from, range.to)}
    GROUP BY ${groupBy(range, 5)}`;
}

/** Form submissions, downloads and outbound links per type, name and session, with their smallest path. */
export function namedEventAggregates(range: DayRange, types: readonly string[] = NAMED_TYPES): Sql {
  return sql`SELECT ${dayColumn('"timestamp"', range)}"type" AS "type", COALESCE("name", ${UNNAMED}) AS "name", "sessionId" AS "sessionId",
      COUNT(*) AS "events", MIN("path") AS "path"
    FROM "Event"
    WHERE "siteId" = ${range.siteId} AND "type" IN (${sql.join(types)}) AND ${sql.range('"timestamp"', range.from, range.to)}
    GROUP BY ${groupBy(range, 3)}`;
}

/** Where events of a type outside EVENT_TYPES (none arrive through ingest; imports could) are counted. */
export const OTHER_TYPE = '(other)';

/**
 * Events per known type: an IN list, so both providers seek the (siteId, type, timestamp, …) index
 * once per type (a plain GROUP BY "type" read the site's whole index, every day of it).
 */
export function eventTypeAggregates(range: DayRange): Sql {
  return sql`SELECT ${dayColumn('"timestamp"', range)}"type" AS "type", COUNT(*) AS "events"
    FROM "Event" WHERE "siteId" = ${range.siteId} AND "type" IN (${sql.join([...EVENT_TYPES])}) AND ${sql.range('"timestamp"', range.from, range.to)}
    GROUP BY ${groupBy(range, 1)}`;
}

/** All events, whatever their type (the (siteId, timestamp) index alone). */
export function eventTotalAggregates(range: DayRange): Sql {
  const day = range.byDay ? sql`${dayColumn('"timestamp"', range)}` : sql``;
  return sql`SELECT ${day}COUNT(*) AS "events" FROM "Event" WHERE "siteId" = ${range.siteId} AND ${sql.range('"timestamp"', range.from, range.to)}
    ${range.byDay ? sql`GROUP BY 1` : sql``}`;
}

/** Sessions started per device, browser and operating system. */
export function techAggregates(range: DayRange): Sql {
  return sql`SELECT ${dayColumn('"startedAt"', range)}COALESCE("device", 'Unknown') AS "device", COALESCE("browser", 'Unknown') AS "browser",
      COALESCE("os", 'Unknown') AS "os", COUNT(*) AS "sessions"
    FROM "Session" WHERE "siteId" = ${range.siteId} AND ${sql.range('"startedAt"', range.from, range.to)}
    GROUP BY ${groupBy(range, 3)}`;
}
