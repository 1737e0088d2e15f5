// What the scheduler would otherwise take an hour to produce after a seed: the daily rollups and
// two weeks of risk-score history, so the demo opens with every dashboard filled in.
import type { Db } from '../../lib/db';
import { runJob } from '../../lib/jobs/run-job';
import { rollupsJob } from '../../lib/rollups/job';
import { riskJob } from '../../lib/risk/jobs';

export const RISK_BACKFILL_DAYS = 14;

export async function deriveAfterSeed(db: Db, options: { now: Date; log?: (line: string) => void }): Promise<void> {
  const log = options.log ?? (() => {});
  await runJob(db, rollupsJob, { now: options.now, log });
  await runJob(db, riskJob, { now: options.now, log, args: ['--backfill', String(RISK_BACKFILL_DAYS)] });
}
