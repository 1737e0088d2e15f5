// What each dashboard page loads (every query its widgets run, as the page runs them), and for each
// page one hand-written SQL aggregate of its headline figure on the raw driver (better-sqlite3 or
// pg, no Prisma): the ceiling the page's data load is compared with. Imported by the benchmark
// worker (react-server condition).
import type { AuthorizedSite } from '../../lib/access';
import { getOverviewStats } from '../../lib/queries/overview';
import { getTechBreakdown, getTimeseries } from '../../lib/queries/stats';
import { getPageStats } from '../../lib/queries/pages';
import { getChannels, getChannelTrend, getSourceBreakdown } from '../../lib/queries/sources';
import { cohortStart, getCohorts, getNewVsReturning } from '../../lib/queries/retention';
import { getFlows, DEFAULT_FLOW_OPTIONS } from '../../lib/queries/flows';
import { getFunnel } from '../../lib/queries/funnels';
import { DEFAULT_FUNNEL, funnelStepsSchema } from '../../lib/queries/funnel-steps';
import { getRealtime, REALTIME_WINDOW_MS } from '../../lib/queries/realtime';
import { getClickHeatmap, getMouseActivity, getNamedEvents, getScrollDepth, getTopClicks, getVideos } from '../../lib/queries/behaviour';
import { getErrorSummary } from '../../lib/queries/errors';

/** The raw driver: `?` placeholders, dates bound in the provider's stored form, `day(column)` its UTC day as text. */
export type RawDriver = {
  all: (sql: string, ...params: unknown[]) => unknown;
  day: (column: string) => string;
  date: (d: Date) => unknown;
};

export type PageLoad = {
  page: string;
  load: (site: AuthorizedSite, from: Date, to: Date) => Promise<unknown>;
  /** The hand-written aggregate: one or two statements computing the page's headline figure. */
  ceiling: (driver: RawDriver, siteId: string, from: Date, to: Date) => unknown;
};

const all = (driver: RawDriver, sql: string, ...params: unknown[]) => driver.all(sql, ...params);

const funnelSteps = funnelStepsSchema.parse(DEFAULT_FUNNEL);

export const PAGES: PageLoad[] = [
  {
    page: 'overview',
    load: (site, from, to) =>
      Promise.all([
        getOverviewStats(site, from, to),
        getTimeseries(site, from, to),
        getPageStats(site, from, to, { limit: 8, withVisitors: false }),
        getChannels(site, from, to, { withVisitors: false }),
        getTechBreakdown(site, from, to, 6),
      ]),
    ceiling: (db, site, from, to) =>
      Promise.all([
        all(
          db,
          `SELECT COUNT(*), COUNT(DISTINCT visitorId), SUM(CASE WHEN bounce THEN 1 ELSE 0 END), AVG(durationMs) FROM Session WHERE siteId = ? AND startedAt >= ? AND startedAt < ?`,
          site,
          db.date(from),
          db.date(to),
        ),
        all(db, `SELECT COUNT(*) FROM Event WHERE siteId = ? AND timestamp >= ? AND timestamp < ?`, site, db.date(from), db.date(to)),
      ]),
  },
  {
    page: 'realtime',
    load: (site, _from, to) => getRealtime(site, new Date(to.getTime() - REALTIME_WINDOW_MS), to),
    ceiling: (db, site, _from, to) =>
      all(
        db,
        `SELECT COUNT(DISTINCT visitorId) FROM Event WHERE siteId = ? AND timestamp >= ? AND timestamp <= ?`,
        site,
        db.date(new Date(to.getTime() - REALTIME_WINDOW_MS)),
        db.date(to),
      ),
  },
  {
    page: 'retention',
    load: (site, from, to) => Promise.all([getNewVsReturning(site, from, to), getCohorts(site, cohortStart(from, to), to)]),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT ${db.day('s.startedAt')}, COUNT(DISTINCT s.visitorId), COUNT(DISTINCT CASE WHEN ${db.day('v.firstSeen')} = ${db.day('s.startedAt')} THEN s.visitorId END)
         FROM Session s JOIN Visitor v ON v.id = s.visitorId WHERE s.siteId = ? AND s.startedAt >= ? AND s.startedAt < ? GROUP BY 1`,
        site,
        db.date(from),
        db.date(to),
      ),
  },
  {
    page: 'sources',
    load: (site, from, to) =>
      Promise.all([
        getChannels(site, from, to),
        getChannelTrend(site, from, to),
        ...(['referrerDomain', 'utmSource', 'utmMedium', 'utmCampaign'] as const).map((column) =>
          getSourceBreakdown(site, from, to, column, 10),
        ),
      ]),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT channel, COUNT(*), COUNT(DISTINCT visitorId) FROM Session WHERE siteId = ? AND startedAt >= ? AND startedAt < ? GROUP BY 1`,
        site,
        db.date(from),
        db.date(to),
      ),
  },
  {
    page: 'flows',
    load: (site, from, to) => getFlows(site, from, to, DEFAULT_FLOW_OPTIONS),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT e.sessionId, e.path FROM Event e JOIN Session s ON s.id = e.sessionId WHERE e.siteId = ? AND e.type = 'pageview' AND e.timestamp >= ? AND e.timestamp < ?
         AND s.startedAt >= ? AND s.startedAt < ? ORDER BY e.sessionId, e.timestamp, e.id`,
        site,
        db.date(from),
        db.date(to),
        db.date(from),
        db.date(to),
      ),
  },
  {
    page: 'behaviour',
    load: (site, from, to) =>
      Promise.all([
        getClickHeatmap(site, from, to, null),
        getTopClicks(site, from, to, 12),
        getMouseActivity(site, from, to, 10),
        getScrollDepth(site, from, to, 10),
        getNamedEvents(site, from, to, ['form_submit'], 10),
        getNamedEvents(site, from, to, ['download', 'outbound'], 10),
        getVideos(site, from, to, 10),
        getErrorSummary(site, from, to, 20),
      ]),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT elementTag, elementId, elementText, COUNT(*) FROM Event WHERE siteId = ? AND type = 'click' AND timestamp >= ? AND timestamp < ? GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 12`,
        site,
        db.date(from),
        db.date(to),
      ),
  },
  {
    page: 'pages',
    load: (site, from, to) => getPageStats(site, from, to),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT path, COUNT(*), COUNT(DISTINCT visitorId) FROM Event WHERE siteId = ? AND type = 'pageview' AND timestamp >= ? AND timestamp < ? GROUP BY 1`,
        site,
        db.date(from),
        db.date(to),
      ),
  },
  {
    page: 'funnels',
    load: (site, from, to) => getFunnel(site, from, to, funnelSteps, 'session'),
    ceiling: (db, site, from, to) =>
      all(
        db,
        `SELECT sessionId, type, path, name FROM Event WHERE siteId = ? AND timestamp >= ? AND timestamp < ? AND type IN ('pageview', 'custom')
         AND ((type = 'pageview' AND path IN ('/', '/quests')) OR (type = 'custom' AND name IN ('quest_started', 'quest_completed'))) ORDER BY sessionId, timestamp, id`,
        site,
        db.date(from),
        db.date(to),
      ),
  },
];
