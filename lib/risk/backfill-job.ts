// The `risk-backfill` job (registered in lib/jobs/registry.ts): `npm run job -- risk-backfill
// --from YYYY-MM-DD`, started by `npm run import` for the first day it touched and, after LRS posts
// of past days' statements, by ./backfill-request.ts (with `--site KEY`: whose history asked for it;
// scoring covers every student, as the hourly `risk` job does).
import { readFlags } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { backfillRisk } from './backfill';

export function parseRiskBackfillArgs(args: readonly string[]): { from: Date; site: string | null } {
  const { values } = readFlags(args, { from: { type: 'string' }, site: { type: 'string' } });
  const from = new Date(`${values.from ?? ''}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.from ?? '') || Number.isNaN(from.getTime())) throw new Error('--from YYYY-MM-DD is required');
  return { from, site: values.site ?? null };
}

export const riskBackfillJob: Job = {
  name: 'risk-backfill',
  description:
    'Recompute risk score history from --from YYYY-MM-DD to today (after imported or LRS-posted history; --site KEY records whose)',
  run: async ({ db, now, args, log, progress }) => {
    const { from, site } = parseRiskBackfillArgs(args);
    const day = from.toISOString().slice(0, 10);
    const asked: Record<string, string> = site ? { site } : {};
    const summary = await backfillRisk(db, {
      from,
      now,
      onProgress: async (done, total) => {
        log(`risk history: ${done}/${total} day(s)`);
        await progress?.({ ...asked, from: day, progress: `${done}/${total}`, done, total });
      },
    });
    return { ...asked, progress: `${summary.days}/${summary.days}`, ...summary };
  },
};
