// `npm run job -- rollups-rebuild --site KEY`: throws away a site's rollups and computes its whole
// history again in its current zone. Run when the site's time zone changes (lib/sites/time-zone.ts
// starts it), because every stored row names a day of the old zone. Until it finishes, dashboards
// read the site raw (the old coverage belongs to another zone, so it is never used): exact, slower.
// Progress (days done of the total) is written into the JobRun row after each chunk.
import type { Job } from '@/lib/jobs/types';
import { readFlags } from '@/lib/cli/flags';
import { rollupThroughToday } from './job';
import { dropRollups } from './rollup-site';

export const REBUILD_JOB = 'rollups-rebuild';

export const rollupsRebuildJob: Job = {
  name: REBUILD_JOB,
  description: 'Rebuild one site’s rollups from scratch in its current time zone (args: --site KEY)',
  async run({ db, now, log, args, progress }) {
    const { values } = readFlags(args, { site: { type: 'string' } });
    if (!values.site) throw new Error('rollups-rebuild needs --site KEY.');
    const site = await db.site.findUnique({ where: { key: values.site }, select: { id: true, key: true, timeZone: true } });
    if (!site) throw new Error(`There is no site with key "${values.site}".`);
    // Reported before any work, so a run that fails at once is still shown as this site's outcome.
    await progress?.({ site: site.key, timeZone: site.timeZone, done: 0, total: 0 });
    await dropRollups(db, site.id);
    const result = await rollupThroughToday(db, site, now, { days: 0, full: true }, (done, total) =>
      progress?.({ site: site.key, timeZone: site.timeZone, done, total }),
    );
    log(`${site.key}: rebuilt ${result?.days ?? 0} day(s) in ${site.timeZone}`);
    return { site: site.key, timeZone: site.timeZone, done: result?.days ?? 0, total: result?.days ?? 0 };
  },
};
