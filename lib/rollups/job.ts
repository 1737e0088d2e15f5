// The `rollups` job: keeps DailyPageStat and DailyChannelStat current for every site, and
// SessionPath for every session ingest (or retention) touched since the last run. Each run
// recomputes the last few whole days (late events land there), extends the coverage up to today's
// UTC midnight, and backfills a site's whole history on its first run or with --full. Recomputing
// a day replaces its rows, so the job is idempotent. Today is never rolled up: dashboards read it raw.
import { parseDatabaseUrl } from '@/lib/database-url';
import type { Job } from '@/lib/jobs/types';
import { readCoverage } from './coverage';
import { DAY_MS, rollupSite } from './rollup-site';
import { parseRollupArgs } from './args';
import { refreshSessionPaths } from '@/lib/session-paths/refresh';

export const rollupsJob: Job = {
  name: 'rollups',
  description: 'Recompute daily page and channel rollups and session paths (args: --days N, --full, --site KEY)',
  everyMs: 10 * 60_000,
  async run({ db, now, log, args }) {
    const options = parseRollupArgs(args);
    const provider = parseDatabaseUrl().provider;
    const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
    const sites = await db.site.findMany({ where: options.siteKey ? { key: options.siteKey } : {}, select: { id: true, key: true } });
    if (options.siteKey && sites.length === 0) throw new Error(`There is no site with key "${options.siteKey}".`);
    let pageRows = 0;
    let channelRows = 0;
    let days = 0;
    let sessionPaths = 0;
    for (const site of sites) {
      // Session paths (flows, funnels) first: they are not per day, so every run brings them current.
      sessionPaths += (await refreshSessionPaths(db, provider, site.id)).sessions;
      const coverage = options.full ? null : await readCoverage(db, site.id);
      let from: Date;
      if (coverage) {
        // Never leave a gap after the coverage, whatever --days says.
        from = new Date(Math.min(coverage.to.getTime(), today.getTime() - options.days * DAY_MS));
      } else {
        const first = await db.session.findFirst({
          where: { siteId: site.id },
          orderBy: { startedAt: 'asc' },
          select: { startedAt: true },
        });
        const firstEvent = await db.event.findFirst({
          where: { siteId: site.id },
          orderBy: { timestamp: 'asc' },
          select: { timestamp: true },
        });
        const earliest = Math.min(first?.startedAt.getTime() ?? Infinity, firstEvent?.timestamp.getTime() ?? Infinity);
        from = Number.isFinite(earliest) ? new Date(Math.floor(earliest / DAY_MS) * DAY_MS) : today;
      }
      if (from >= today) continue;
      const started = Date.now();
      const result = await rollupSite(db, provider, site.id, { from, to: today });
      log(
        `${site.key}: ${result.days} day(s) from ${from.toISOString().slice(0, 10)}, ${result.pageRows} page rows, ${result.channelRows} channel rows in ${Date.now() - started} ms`,
      );
      pageRows += result.pageRows;
      channelRows += result.channelRows;
      days += result.days;
    }
    return { sites: sites.length, days, pageRows, channelRows, sessionPaths, through: today.toISOString().slice(0, 10) };
  },
};
