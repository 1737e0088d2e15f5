// `npm run job -- rollups`: keeps DailyPageStat/DailyChannelStat current for every site, and
// SessionPath for every session ingest (or retention) touched since the last run. Each run
// recomputes the last few whole local days (late events land there), extends the coverage up to
// the start of the site's local today, and backfills a site's whole history on its first run, with
// --full, or after its time zone changed (coverage of another zone does not count). Recomputing a
// day replaces its rows, so the job is idempotent. Today is never rolled up: dashboards read it raw.
import { parseDatabaseUrl } from '@/lib/database-url';
import type { Db } from '@/lib/db';
import type { Job } from '@/lib/jobs/types';
import { addDays, dayStartIn, floorDay, localDay } from '@/lib/time/site-day';
import { readCoverage } from './coverage';
import { rollupSite, type RollupProgress, type SiteRollupResult } from './rollup-site';
import { parseRollupArgs } from './args';
import { refreshSessionPaths } from '@/lib/session-paths/refresh';

type SiteZone = { id: string; key: string; timeZone: string };

/** The first local midnight at or before the site's oldest session or event; null without any. */
async function historyStart(db: Db, site: SiteZone): Promise<Date | null> {
  const [session, event] = await Promise.all([
    db.session.findFirst({ where: { siteId: site.id }, orderBy: { startedAt: 'asc' }, select: { startedAt: true } }),
    db.event.findFirst({ where: { siteId: site.id }, orderBy: { timestamp: 'asc' }, select: { timestamp: true } }),
  ]);
  const earliest = Math.min(session?.startedAt.getTime() ?? Infinity, event?.timestamp.getTime() ?? Infinity);
  return Number.isFinite(earliest) ? floorDay(site.timeZone, new Date(earliest)) : null;
}

/** Rolls a site up through the start of its local today: the last `days` days, or all its history. */
export async function rollupThroughToday(
  db: Db,
  site: SiteZone,
  now: Date,
  options: { days: number; full: boolean },
  progress?: RollupProgress,
): Promise<(SiteRollupResult & { from: Date }) | null> {
  const zone = site.timeZone;
  const today = floorDay(zone, now);
  const coverage = options.full ? null : await readCoverage(db, site.id, zone);
  // Never leave a gap after the coverage, whatever --days says.
  const recent = dayStartIn(zone, addDays(localDay(zone, today), -options.days));
  const from = coverage ? new Date(Math.min(coverage.to.getTime(), recent.getTime())) : ((await historyStart(db, site)) ?? today);
  if (from >= today) return null;
  const result = await rollupSite(db, parseDatabaseUrl().provider, site.id, { from, to: today }, zone, progress);
  return { ...result, from };
}

export const rollupsJob: Job = {
  name: 'rollups',
  description: 'Recompute daily page and channel rollups in each site’s local days, and session paths (args: --days N, --full, --site KEY)',
  everyMs: 10 * 60_000,
  async run({ db, now, log, args }) {
    const options = parseRollupArgs(args);
    const sites = await db.site.findMany({
      where: options.siteKey ? { key: options.siteKey } : {},
      select: { id: true, key: true, timeZone: true },
    });
    if (options.siteKey && sites.length === 0) throw new Error(`There is no site with key "${options.siteKey}".`);
    let pageRows = 0;
    let channelRows = 0;
    let days = 0;
    let sessionPaths = 0;
    for (const site of sites) {
      // Session paths (flows, funnels) first: they are not per day, so every run brings them current.
      sessionPaths += (await refreshSessionPaths(db, parseDatabaseUrl().provider, site.id)).sessions;
      const started = Date.now();
      const result = await rollupThroughToday(db, site, now, options);
      if (!result) continue;
      log(
        `${site.key}: ${result.days} day(s) from ${localDay(site.timeZone, result.from)} (${site.timeZone}), ${result.pageRows} page rows, ${result.channelRows} channel rows in ${Date.now() - started} ms`,
      );
      pageRows += result.pageRows;
      channelRows += result.channelRows;
      days += result.days;
    }
    return { sites: sites.length, days, pageRows, channelRows, sessionPaths, through: now.toISOString().slice(0, 10) };
  },
};
