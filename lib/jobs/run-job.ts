import { hostname } from 'node:os';
import type { Db } from '../db';
import { metrics } from '../metrics/registry';
import type { Job } from './types';

/** Names the process in JobRun.replica, so an operator sees which replica ran what. */
export function replicaName(): string {
  return `${hostname()}:${process.pid}`;
}

/** Runs a job and records it in JobRun, whether it succeeds or fails. */
export async function runJob(
  db: Db,
  job: Job,
  options: {
    now?: Date;
    log?: (line: string) => void;
    args?: string[];
    /** A JobRun row already claimed for this run (the PostgreSQL scheduler). */
    runId?: string;
  } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => console.log(`[job ${job.name}] ${line}`));
  const run = options.runId ? { id: options.runId } : await db.jobRun.create({ data: { job: job.name, replica: replicaName() } });
  const timer = metrics().jobSeconds.startTimer({ job: job.name });
  // The last progress a job reported stays in its row when it fails, beside the error: Admin reads
  // which site a failed rollups rebuild was for from it (lib/queries/rollup-rebuilds.ts).
  let reported: Record<string, string | number> = {};
  try {
    const progress = async (details: Record<string, string | number>) => {
      reported = details;
      await db.jobRun.update({ where: { id: run.id }, data: { details } });
    };
    const details = await job.run({ db, now: options.now ?? new Date(), log, args: options.args ?? [], progress });
    await db.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ok: true, details: toJson(details) } });
    metrics().jobRuns.inc({ job: job.name, ok: 'true' });
    return details;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.jobRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), ok: false, details: { ...reported, error: message } },
    });
    metrics().jobRuns.inc({ job: job.name, ok: 'false' });
    throw error;
  } finally {
    timer();
  }
}

// BigInt and Date are not JSON; a job's summary is for people, so strings are fine.
function toJson(details: Record<string, unknown>): Record<string, string | number | boolean | null> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' || value === null
        ? value
        : typeof value === 'bigint' || value instanceof Date
          ? value.toString()
          : JSON.stringify(value),
    ]),
  );
}
