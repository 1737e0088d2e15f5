// The latest runs of the jobs imported history starts (risk-backfill, after `npm run import` or LRS posts of past days), with their progress, for Admin → Sites.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

export type JobRunSummary = {
  id: string;
  job: string;
  startedAt: string;
  finishedAt: string | null;
  ok: boolean | null;
  /** "done/total" while it runs and when it ends; null before its first step. */
  progress: string | null;
  from: string | null;
  /** The site whose LRS statements asked for it; null for an import's run or one started by hand. */
  site: string | null;
};

export async function latestHistoryJobRuns(viewer: SessionUser, take = 5): Promise<JobRunSummary[]> {
  requireAdmin(viewer);
  const rows = await db.jobRun.findMany({ where: { job: 'risk-backfill' }, orderBy: { startedAt: 'desc' }, take });
  return rows.map((row) => {
    const details =
      row.details && typeof row.details === 'object' && !Array.isArray(row.details) ? (row.details as Record<string, unknown>) : {};
    return {
      id: row.id,
      job: row.job,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
      ok: row.ok,
      progress: typeof details.progress === 'string' ? details.progress : null,
      from: typeof details.from === 'string' ? details.from : null,
      site: typeof details.site === 'string' ? details.site : null,
    };
  });
}
