// Realtime: who is on the site in the window [from, to] (normally the last 30 minutes).
// Active visitors = distinct visitors with any event in the window; a visitor is "on" the page of
// their latest pageview in the window.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { bucketKeys } from '@/lib/sql/buckets';
import { localKey, num, rawRows, sql, str } from '@/lib/sql/run';

export type RealtimeEvent = {
  id: number;
  type: string;
  name: string | null;
  path: string | null;
  timestamp: string;
  device: string | null;
  browser: string | null;
  channel: string;
};
export type Realtime = {
  from: string;
  to: string;
  activeVisitors: number;
  perMinute: { minute: string; visitors: number; events: number }[];
  pages: { path: string; visitors: number }[];
  feed: RealtimeEvent[];
};

export const REALTIME_WINDOW_MS = 30 * 60_000;

export async function getRealtime(site: AuthorizedSite, from: Date, to: Date, feedSize = 25): Promise<Realtime> {
  const window = { siteId: site.id, timestamp: { gte: from, lte: to } };
  const inWindow = sql.between('"timestamp"', from, to);
  const [active, minutes, pages, feed] = await Promise.all([
    rawRows(sql`SELECT COUNT(DISTINCT "visitorId") AS "n" FROM "Event" WHERE "siteId" = ${site.id} AND ${inWindow}`),
    rawRows(
      sql`SELECT ${localKey('"timestamp"', 'minute', site.timeZone, from, new Date(to.getTime() + 1))} AS "minute", COUNT(DISTINCT "visitorId") AS "visitors", COUNT(*) AS "events"
        FROM "Event" WHERE "siteId" = ${site.id} AND ${inWindow} GROUP BY 1`,
    ),
    rawRows(
      sql`SELECT "path" AS "path", COUNT(*) AS "visitors" FROM (
          SELECT "path", ROW_NUMBER() OVER (PARTITION BY "visitorId" ORDER BY "timestamp" DESC, "id" DESC) AS "rank"
          FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'pageview' AND ${inWindow} AND "path" IS NOT NULL
        ) latest WHERE "rank" = 1 GROUP BY 1 ORDER BY 2 DESC, ${sql.textOrder('"path"')} LIMIT 20`,
    ),
    db.event.findMany({
      where: window,
      orderBy: [{ timestamp: 'desc' }, { id: 'desc' }],
      take: feedSize,
      select: {
        id: true,
        type: true,
        name: true,
        path: true,
        timestamp: true,
        session: { select: { device: true, browser: true, channel: true } },
      },
    }),
  ]);
  const byMinute = new Map(minutes.map((r) => [str(r.minute), r]));
  // A minute bucket key is the minute's start (local wall clock), so the last bucket is the (partial) current minute.
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    activeVisitors: num(active[0]?.n),
    perMinute: bucketKeys(from, new Date(to.getTime() + 1), 'minute', site.timeZone).map((minute) => ({
      minute,
      visitors: num(byMinute.get(minute)?.visitors),
      events: num(byMinute.get(minute)?.events),
    })),
    pages: pages.map((r) => ({ path: str(r.path), visitors: num(r.visitors) })),
    feed: feed.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      path: e.path,
      timestamp: e.timestamp.toISOString(),
      device: e.session.device,
      browser: e.session.browser,
      channel: e.session.channel,
    })),
  };
}
