// The `risk-backfill` job (registered in lib/jobs/registry.ts): `npm run job -- risk-backfill
// --from YYYY-MM-DD`, started by `npm run import` for the first day it touched.
import { readFlags } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { backfillRisk } from './backfill';

export function parseRiskBackfillArgs(args: readonly string[]): { from: Date } {
  const { values } = readFlags(args, { from: { type: 'string' } });
  const from = new Date(`${values.from ?? ''}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.from ?? '') || Number.isNaN(from.getTime())) throw new Error('--from YYYY-MM-DD is required');
  return { from };
}

export const riskBackfillJob: Job = {
  name: 'risk-backfill',
  description: 'Recompute risk score history from --from YYYY-MM-DD to today (after an import of history)',
  run: async ({ db, now, args, log, progress }) => {
    const { from } = parseRiskBackfillArgs(args);
    const day = from.toISOString().slice(0, 10);
    const summary = await backfillRisk(db, {
      from,
      now,
      onProgress: async (done, total) => {
        log(`risk history: ${done}/${total} day(s)`);
        await progress?.({ from: day, progress: `${done}/${total}`, done, total });
      },
    });
    return { progress: `${summary.days}/${summary.days}`, ...summary };
  },
};
