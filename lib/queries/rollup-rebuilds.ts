// The latest rollups rebuild of each site (Admin → Sites shows it beside the time zone): running
// with days done of the total, finished, or failed. Read from the JobRun rows the job writes.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { REBUILD_JOB } from '@/lib/rollups/rebuild-job';

export type RebuildStatus = {
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  timeZone: string;
  startedAt: string;
  /** Why a failed run failed (the job's error message); null otherwise. */
  error: string | null;
};

/** How many recent runs to look through: one per time-zone change, so a few dozen is plenty. */
const RECENT = 50;

export async function getRollupRebuilds(admin: SessionUser): Promise<Map<string, RebuildStatus>> {
  requireAdmin(admin);
  const runs = await db.jobRun.findMany({ where: { job: REBUILD_JOB }, orderBy: { startedAt: 'desc' }, take: RECENT });
  const bySite = new Map<string, RebuildStatus>();
  for (const run of runs) {
    const details = (run.details ?? {}) as Record<string, unknown>;
    const site = typeof details.site === 'string' ? details.site : null;
    if (!site || bySite.has(site)) continue;
    bySite.set(site, {
      state: run.ok === false ? 'failed' : run.finishedAt ? 'done' : 'running',
      done: Number(details.done ?? 0),
      total: Number(details.total ?? 0),
      timeZone: String(details.timeZone ?? ''),
      startedAt: run.startedAt.toISOString(),
      error: run.ok === false ? String(details.error ?? 'unknown error') : null,
    });
  }
  return bySite;
}
