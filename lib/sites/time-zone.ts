// A site's time zone, set under Admin → Sites. Changing it rewrites which days every figure falls
// on, so the site's rollups are dropped in the same breath and a rebuild job starts at once
// (lib/rollups/rebuild-job.ts, progress in its JobRun row); until it ends, dashboards read raw.
import 'server-only';
import { z } from 'zod';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { runJob } from '@/lib/jobs/run-job';
import { rollupsRebuildJob } from '@/lib/rollups/rebuild-job';
import { dropRollups } from '@/lib/rollups/rollup-site';
import { isTimeZone } from '@/lib/time/site-day';
import { forgetCachedSites } from './lookup';

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'Choose a time zone')
  .max(64)
  .refine(isTimeZone, 'Not a time zone this server knows (use an IANA name like Asia/Shanghai)');

export type TimeZoneChange = { changed: boolean; timeZone: string; rebuild: Promise<unknown> | null };

/** Sets the zone; when it changed, drops the rollups and starts their rebuild (not awaited here). */
export async function setSiteTimeZone(
  admin: SessionUser,
  siteId: string,
  input: string,
  options: { now?: Date } = {},
): Promise<TimeZoneChange> {
  requireAdmin(admin);
  const timeZone = timeZoneSchema.parse(input);
  const site = await db.site.findUnique({ where: { id: siteId }, select: { key: true, timeZone: true } });
  if (!site) throw new HttpError('unknown_site', `There is no site with id "${siteId}".`);
  if (site.timeZone === timeZone) return { changed: false, timeZone, rebuild: null };
  await db.$transaction(async (tx) => {
    await tx.site.update({ where: { id: siteId }, data: { timeZone } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'settings.update',
      target: `site:${site.key}`,
      details: { before: { timeZone: site.timeZone }, after: { timeZone } },
    });
  });
  await dropRollups(db, siteId);
  forgetCachedSites();
  // Failures are in the JobRun row (and the scheduler's next rollups run backfills anyway).
  const rebuild = runJob(db, rollupsRebuildJob, { args: ['--site', site.key], log: () => {}, now: options.now }).catch(() => null);
  return { changed: true, timeZone, rebuild };
}
