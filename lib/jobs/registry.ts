import type { Job } from './types';
import { rollupsJob } from '../rollups/job';
import { rollupsRebuildJob } from '../rollups/rebuild-job';
import { retentionJob } from '../privacy/retention-job';
import { riskEvalJob, riskJob } from '../risk/jobs';
import { riskBackfillJob } from '../risk/backfill-job';
import { exportS3Job } from '../scheduled-exports/job';
import { digestsJob } from '../digests/job';

// Every job the CLI (`npm run job -- <name>`) and the scheduler know about. Add new jobs here.
export const jobs: Job[] = [rollupsJob, rollupsRebuildJob, retentionJob, riskJob, riskBackfillJob, riskEvalJob, exportS3Job, digestsJob];

export function findJob(name: string): Job | undefined {
  return jobs.find((job) => job.name === name);
}
