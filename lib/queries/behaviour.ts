// What people do on pages: clicks (and where), scroll depth, forms, downloads and outbound links,
// video and mouse activity. Every figure counts events whose timestamp is in the range.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { getPageStats } from './pages';
import { compareText, num, numOrNull, rawRows, ratio, sql, str } from '@/lib/sql/run';

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

export const HEATMAP_CELL = 40;
export const SCROLL_DEPTHS = [25, 50, 75, 100] as const;

const nullable = (value: unknown) => (value === null || value === undefined ? null : str(value));

/** Most-clicked elements, identified by tag, id, text and `data-track` (props.track). */
export async function getTopClicks(site: AuthorizedSite, from: Date, to: Date, limit = 15): Promise<ClickedElement[]> {
  const rows = await rawRows(
    sql`SELECT "elementTag" AS "tag", "elementId" AS "elementId", "elementText" AS "text", ${sql.jsonText('"props"', 'track')} AS "track",
        COUNT(*) AS "clicks", COUNT(DISTINCT "visitorId") AS "visitors"
      FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'click' AND ${sql.range('"timestamp"', from, to)}
      GROUP BY 1, 2, 3, 4
      ORDER BY 5 DESC, 6 DESC, ${sql.textOrder(`COALESCE("elementTag", '')`)}, ${sql.textOrder(`COALESCE("elementId", '')`)}, ${sql.textOrder(`COALESCE("elementText", '')`)}
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

/** Clicks on one page binned into HEATMAP_CELL-pixel squares of the page's x/y space (one scan of the range's clicks). */
export async function getClickHeatmap(site: AuthorizedSite, from: Date, to: Date, path: string | null): Promise<ClickHeatmap> {
  // Integer division on both providers: x and y are integer columns.
  const cell = sql.raw(String(HEATMAP_CELL));
  const rows = await rawRows(
    sql`SELECT "path" AS "path", "x" / ${cell} AS "cx", "y" / ${cell} AS "cy", COUNT(*) AS "clicks" FROM "Event"
      WHERE "siteId" = ${site.id} AND "type" = 'click' AND ${sql.range('"timestamp"', from, to)} AND "x" >= 0 AND "y" >= 0 AND "path" IS NOT NULL
      GROUP BY 1, 2, 3`,
  );
  const perPage = new Map<string, number>();
  for (const r of rows) perPage.set(str(r.path), (perPage.get(str(r.path)) ?? 0) + num(r.clicks));
  const pages = [...perPage]
    .map(([p, clicks]) => ({ path: p, clicks }))
    .sort((a, b) => b.clicks - a.clicks || compareText(a.path, b.path))
    .slice(0, 30);
  const chosen = path ?? pages[0]?.path ?? null;
  const cells = rows
    .filter((r) => str(r.path) === chosen)
    .map((r) => ({ x: num(r.cx), y: num(r.cy), clicks: num(r.clicks) }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return { path: chosen, cell: HEATMAP_CELL, cells, clicks: cells.reduce((sum, c) => sum + c.clicks, 0), pages };
}

/** Share of a page's views whose visitor scrolled to 25/50/75/100 % (the SDK sends each depth once per view: scroll events ÷ pageviews, capped at 100 %). */
export async function getScrollDepth(site: AuthorizedSite, from: Date, to: Date, limit = 10): Promise<ScrollRow[]> {
  // Views come from the rollups (plus raw edges), so only scroll events are scanned here.
  const [pages, rows] = await Promise.all([
    getPageStats(site, from, to, { withVisitors: false }),
    rawRows(
      sql`SELECT "path" AS "path", "scrollDepth" AS "depth", COUNT(*) AS "n" FROM "Event"
        WHERE "siteId" = ${site.id} AND "type" = 'scroll' AND ${sql.range('"timestamp"', from, to)} AND "path" IS NOT NULL AND "scrollDepth" IS NOT NULL
        GROUP BY 1, 2`,
    ),
  ]);
  const reached = new Map(rows.map((r) => [`${str(r.path)} ${num(r.depth)}`, num(r.n)]));
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
): Promise<NamedCount[]> {
  const rows = await rawRows(
    sql`SELECT "type" AS "type", COALESCE("name", '(unnamed)') AS "name", MIN("path") AS "path", COUNT(*) AS "count", COUNT(DISTINCT "sessionId") AS "sessions"
      FROM "Event" WHERE "siteId" = ${site.id} AND "type" IN (${sql.join(types)}) AND ${sql.range('"timestamp"', from, to)}
      GROUP BY 1, 2 ORDER BY 4 DESC, ${sql.textOrder(`COALESCE("name", '(unnamed)')`)} LIMIT ${limit}`,
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
export async function getMouseActivity(site: AuthorizedSite, from: Date, to: Date, limit = 10): Promise<MouseRow[]> {
  const rows = await rawRows(
    sql`SELECT "path" AS "path", COUNT(*) AS "samples", AVG(${sql.jsonNumber('"props"', 'intensity')}) AS "intensity"
      FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'mouse_activity' AND ${sql.range('"timestamp"', from, to)} AND "path" IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC, ${sql.textOrder('"path"')} LIMIT ${limit}`,
  );
  return rows.map((r) => {
    const avg = numOrNull(r.intensity);
    return { path: str(r.path), samples: num(r.samples), avgIntensity: avg === null ? null : Math.round(avg * 1000) / 1000 };
  });
}
