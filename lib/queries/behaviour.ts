// What people do on pages: clicks (and where), scroll depth, forms, downloads and outbound links,
// video and mouse activity. Every figure counts events whose timestamp is in the range. Whole
// rolled-up local days come from the daily behaviour tables (lib/behaviour-days/), the rest of the
// range from raw events with the same aggregates, in one statement so distinct counts stay exact.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { getPageStats } from './pages';
import { compareText, num, numOrNull, rawRows, ratio, sql, str } from '@/lib/sql/run';
import {
  HEATMAP_CELL,
  SCROLL_DEPTHS,
  clickCellAggregates,
  elementClickAggregates,
  namedEventAggregates,
} from '@/lib/behaviour-days/aggregates';
import { dayPlan, fromUnion } from '@/lib/behaviour-days/plan';

export { HEATMAP_CELL, SCROLL_DEPTHS };
/** useRollups: false reads raw events only (tests compare the two). */
export type BehaviourOptions = { useRollups?: boolean };

export type ClickedElement = {
  tag: string | null;
  elementId: string | null;
  text: string | null;
  track: string | null;
  clicks: number;
  visitors: number;
};
export type ClickHeatmap = {
  path: string | null;
  cell: number;
  cells: { x: number; y: number; clicks: number }[];
  clicks: number;
  pages: { path: string; clicks: number }[];
};
export type ScrollRow = { path: string; views: number; reached: { depth: number; share: number }[] };
export type NamedCount = { type: string; name: string; path: string | null; count: number; sessions: number };
export type VideoRow = { src: string; plays: number; completes: number; completionRate: number };
export type MouseRow = { path: string; samples: number; avgIntensity: number | null };

const nullable = (value: unknown) => (value === null || value === undefined ? null : str(value));
const rawRange = (siteId: string, span: { from: Date; to: Date }) => ({ siteId, from: span.from, to: span.to, byDay: false });

/** Most-clicked elements, identified by tag, id, text and `data-track` (props.track). */
export async function getTopClicks(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  limit = 15,
  options: BehaviourOptions = {},
): Promise<ClickedElement[]> {
  const plan = await dayPlan(site, from, to, options.useRollups !== false);
  const source = fromUnion([
    plan.rolled &&
      sql`SELECT "tag", "elementId", "text", "track", "visitorId", "clicks" FROM "DailyElementClick"
        WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`,
    ...plan.raw.map((span) => elementClickAggregates(rawRange(site.id, span))),
  ]);
  if (!source) return [];
  const rows = await rawRows(
    sql`SELECT "tag", "elementId", "text", "track", SUM("clicks") AS "clicks", COUNT(DISTINCT "visitorId") AS "visitors" ${source}
      GROUP BY 1, 2, 3, 4
      ORDER BY 5 DESC, 6 DESC, ${sql.textOrder(`COALESCE("tag", '')`)}, ${sql.textOrder(`COALESCE("elementId", '')`)}, ${sql.textOrder(`COALESCE("text", '')`)}
      LIMIT ${limit * 2}`,
  );
  return rows
    .map((r) => ({
      tag: nullable(r.tag),
      elementId: nullable(r.elementId),
      text: nullable(r.text),
      track: nullable(r.track),
      clicks: num(r.clicks),
      visitors: num(r.visitors),
    }))
    .sort(
      (a, b) =>
        b.clicks - a.clicks || b.visitors - a.visitors || compareText(`${a.tag}${a.elementId}${a.text}`, `${b.tag}${b.elementId}${b.text}`),
    )
    .slice(0, limit);
}

/** Clicks on one page binned into HEATMAP_CELL-pixel squares of the page's x/y space; `pages` are the 30 most clicked. */
export async function getClickHeatmap(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  path: string | null,
  options: BehaviourOptions = {},
): Promise<ClickHeatmap> {
  const plan = await dayPlan(site, from, to, options.useRollups !== false);
  const cellsOf = async (chosen: string | null) => {
    const source =
      chosen === null
        ? null
        : fromUnion([
            plan.rolled &&
              sql`SELECT "cx", "cy", "clicks" FROM "DailyClickCell"
                WHERE "siteId" = ${site.id} AND "path" = ${chosen} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`,
            ...plan.raw.map(
              (span) => sql`SELECT "cx", "cy", "clicks" FROM (${clickCellAggregates(rawRange(site.id, span), chosen)}) AS "c"`,
            ),
          ]);
    if (!source) return [];
    const rows = await rawRows(sql`SELECT "cx", "cy", SUM("clicks") AS "clicks" ${source} GROUP BY 1, 2`);
    return rows.map((r) => ({ x: num(r.cx), y: num(r.cy), clicks: num(r.clicks) })).sort((a, b) => a.y - b.y || a.x - b.x);
  };
  const pageSource = fromUnion([
    plan.rolled &&
      sql`SELECT "path", "clicks" FROM "DailyPageBehaviour"
        WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)} AND "clicks" > 0`,
    ...plan.raw.map(
      (span) =>
        sql`SELECT "path", COUNT(*) AS "clicks" FROM "Event"
          WHERE "siteId" = ${site.id} AND "type" = 'click' AND ${sql.range('"timestamp"', span.from, span.to)} AND "x" >= 0 AND "y" >= 0 AND "path" IS NOT NULL
          GROUP BY 1`,
    ),
  ]);
  // A chosen page's cells need not wait for the page list.
  const [pageRows, early] = await Promise.all([
    pageSource ? rawRows(sql`SELECT "path", SUM("clicks") AS "clicks" ${pageSource} GROUP BY 1`) : Promise.resolve([]),
    path === null ? Promise.resolve(null) : cellsOf(path),
  ]);
  const pages = pageRows
    .map((r) => ({ path: str(r.path), clicks: num(r.clicks) }))
    .sort((a, b) => b.clicks - a.clicks || compareText(a.path, b.path))
    .slice(0, 30);
  const chosen = path ?? pages[0]?.path ?? null;
  const cells = early ?? (await cellsOf(chosen));
  return { path: chosen, cell: HEATMAP_CELL, cells, clicks: cells.reduce((sum, c) => sum + c.clicks, 0), pages };
}

/** Share of a page's views whose visitor scrolled to 25/50/75/100 % (the SDK sends each depth once per view: scroll events ÷ pageviews, capped at 100 %). */
export async function getScrollDepth(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  limit = 10,
  options: BehaviourOptions = {},
): Promise<ScrollRow[]> {
  const useRollups = options.useRollups !== false;
  const plan = await dayPlan(site, from, to, useRollups);
  const columns = SCROLL_DEPTHS.map((depth) => sql.raw(`SUM("scroll${depth}") AS "d${depth}"`));
  // Views come from the page rollups (plus raw edges); scroll counts from DailyPageBehaviour (plus raw edges).
  const [pages, rolled, ...raw] = await Promise.all([
    getPageStats(site, from, to, { withVisitors: false, useRollups }),
    plan.rolled
      ? rawRows(
          sql`SELECT "path", ${sql.join(columns)} FROM "DailyPageBehaviour"
            WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)} GROUP BY 1`,
        )
      : Promise.resolve([]),
    ...plan.raw.map((span) =>
      rawRows(
        sql`SELECT "path" AS "path", "scrollDepth" AS "depth", COUNT(*) AS "n" FROM "Event"
          WHERE "siteId" = ${site.id} AND "type" = 'scroll' AND ${sql.range('"timestamp"', span.from, span.to)} AND "path" IS NOT NULL
            AND "scrollDepth" IN (${sql.join([...SCROLL_DEPTHS])})
          GROUP BY 1, 2`,
      ),
    ),
  ]);
  const reached = new Map<string, number>();
  const add = (key: string, n: number) => reached.set(key, (reached.get(key) ?? 0) + n);
  for (const r of rolled) for (const depth of SCROLL_DEPTHS) add(`${str(r.path)} ${depth}`, num(r[`d${depth}`]));
  for (const r of raw.flat()) add(`${str(r.path)} ${num(r.depth)}`, num(r.n));
  return pages
    .filter((page) => page.views > 0)
    .slice(0, limit)
    .map(({ path, views }) => ({
      path,
      views,
      reached: SCROLL_DEPTHS.map((depth) => ({ depth, share: Math.min(1, ratio(reached.get(`${path} ${depth}`) ?? 0, views)) })),
    }));
}

/** Form submissions, downloads and outbound links by name (form id, file name, host). */
export async function getNamedEvents(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  types: readonly ('form_submit' | 'download' | 'outbound')[],
  limit = 20,
  options: BehaviourOptions = {},
): Promise<NamedCount[]> {
  const plan = await dayPlan(site, from, to, options.useRollups !== false);
  const source = fromUnion([
    plan.rolled &&
      sql`SELECT "type", "name", "sessionId", "events", "path" FROM "DailyNamedEvent"
        WHERE "siteId" = ${site.id} AND "type" IN (${sql.join(types)}) AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)}`,
    ...plan.raw.map((span) => namedEventAggregates(rawRange(site.id, span), types)),
  ]);
  if (!source) return [];
  const rows = await rawRows(
    sql`SELECT "type", "name", MIN("path") AS "path", SUM("events") AS "count", COUNT(DISTINCT "sessionId") AS "sessions" ${source}
      GROUP BY 1, 2 ORDER BY 4 DESC, ${sql.textOrder('"name"')} LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    type: str(r.type),
    name: str(r.name),
    path: nullable(r.path),
    count: num(r.count),
    sessions: num(r.sessions),
  }));
}

/** Video plays and completions per source (props.src). */
export async function getVideos(site: AuthorizedSite, from: Date, to: Date, limit = 10): Promise<VideoRow[]> {
  const src = sql`COALESCE(${sql.jsonText('"props"', 'src')}, '(unknown)')`;
  const rows = await rawRows(
    sql`SELECT ${src} AS "src",
        SUM(CASE WHEN "name" = 'play' THEN 1 ELSE 0 END) AS "plays", SUM(CASE WHEN "name" = 'complete' THEN 1 ELSE 0 END) AS "completes"
      FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'video' AND ${sql.range('"timestamp"', from, to)}
      GROUP BY 1 ORDER BY 2 DESC, ${sql.textOrder(src)} LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    src: str(r.src),
    plays: num(r.plays),
    completes: num(r.completes),
    completionRate: ratio(num(r.completes), num(r.plays)),
  }));
}

/** Mouse-activity samples per page and their mean intensity (props.intensity, 0–1). */
export async function getMouseActivity(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  limit = 10,
  options: BehaviourOptions = {},
): Promise<MouseRow[]> {
  const plan = await dayPlan(site, from, to, options.useRollups !== false);
  const intensity = sql.jsonNumber('"props"', 'intensity');
  const source = fromUnion([
    plan.rolled &&
      sql`SELECT "path", "mouseSamples" AS "samples", "mouseIntensity" AS "total", "mouseIntensityCount" AS "measured" FROM "DailyPageBehaviour"
        WHERE "siteId" = ${site.id} AND ${sql.range('"day"', plan.rolled.gte, plan.rolled.lt)} AND "mouseSamples" > 0`,
    ...plan.raw.map(
      (span) =>
        sql`SELECT "path", COUNT(*) AS "samples", SUM(${intensity}) AS "total", COUNT(${intensity}) AS "measured" FROM "Event"
          WHERE "siteId" = ${site.id} AND "type" = 'mouse_activity' AND ${sql.range('"timestamp"', span.from, span.to)} AND "path" IS NOT NULL
          GROUP BY 1`,
    ),
  ]);
  if (!source) return [];
  const rows = await rawRows(
    sql`SELECT "path", SUM("samples") AS "samples", SUM("total") AS "total", SUM("measured") AS "measured" ${source}
      GROUP BY 1 ORDER BY 2 DESC, ${sql.textOrder('"path"')} LIMIT ${limit}`,
  );
  return rows.map((r) => {
    const measured = num(r.measured);
    const avg = measured > 0 ? (numOrNull(r.total) ?? 0) / measured : null;
    return { path: str(r.path), samples: num(r.samples), avgIntensity: avg === null ? null : Math.round(avg * 1000) / 1000 };
  });
}
