// The scheduler when several replicas share one PostgreSQL database: each job tick runs on exactly
// one of them. A tick is a JobRun row with a unique tickKey ("<job>@<tick start>"), so only one
// replica's insert wins; the winner also holds a session advisory lock on the job while it runs,
// so a slow run never overlaps the next tick elsewhere, and the lock goes with the connection if
// the replica dies. A run keeps its lease fresh while it works; a tick whose lease ran out
// unfinished was abandoned, and the next replica to look claims it again and runs it.
import pg from 'pg';
import type { Db } from '../db';
import { jobs as registry } from './registry';
import { replicaName, runJob } from './run-job';
import type { Job } from './types';

const LEASE_MS = 30_000;
const HEARTBEAT_MS = 10_000;

export type PgSchedulerOptions = {
  databaseUrl: string;
  jobs?: Job[];
  replica?: string;
  /** PATHWISE_JOB_TICK_MS: every job ticks this often instead (a test mode). */
  tickMs?: number;
  log?: (line: string) => void;
};

export function tickStart(at: number, everyMs: number): Date {
  return new Date(Math.floor(at / everyMs) * everyMs);
}

export function tickKey(job: string, start: Date): string {
  return `${job}@${start.toISOString()}`;
}

/** One advisory lock id per job name (pg's hashtext keeps it a stable 32-bit key). */
const LOCK_SQL = "SELECT pg_try_advisory_lock(hashtext('pathwise-job:' || $1)) AS ok";
const UNLOCK_SQL = "SELECT pg_advisory_unlock(hashtext('pathwise-job:' || $1))";

async function claim(db: Db, job: Job, key: string, replica: string): Promise<string | null> {
  const leaseUntil = new Date(Date.now() + LEASE_MS);
  try {
    return (await db.jobRun.create({ data: { job: job.name, tickKey: key, replica, leaseUntil }, select: { id: true } })).id;
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
  }
  // Taken: ours again only if its replica stopped renewing the lease before finishing.
  const taken = await db.jobRun.updateMany({
    where: { tickKey: key, finishedAt: null, leaseUntil: { lt: new Date() } },
    data: { replica, leaseUntil, startedAt: new Date() },
  });
  if (taken.count === 0) return null;
  return (await db.jobRun.findUnique({ where: { tickKey: key }, select: { id: true } }))?.id ?? null;
}

export function startPgScheduler(db: Db, options: PgSchedulerOptions): () => Promise<void> {
  const log = options.log ?? console.log;
  const replica = options.replica ?? replicaName();
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 + (options.jobs ?? registry).length });
  pool.on('error', (error: Error) => log(`[jobs] lost a PostgreSQL connection: ${error.message}`));
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();

  const attempt = async (job: Job, everyMs: number) => {
    const client = await pool.connect();
    let locked = false;
    try {
      locked = (await client.query<{ ok: boolean }>(LOCK_SQL, [job.name])).rows[0]?.ok === true;
      if (!locked) return; // another replica is running this job right now
      const key = tickKey(job.name, tickStart(Date.now(), everyMs));
      const runId = await claim(db, job, key, replica);
      if (!runId) return;
      const heartbeat = setInterval(() => {
        void db.jobRun.update({ where: { id: runId }, data: { leaseUntil: new Date(Date.now() + LEASE_MS) } }).catch(() => undefined);
      }, HEARTBEAT_MS);
      try {
        const summary = await runJob(db, job, { runId, log: (line) => log(`[job ${job.name}] ${line}`) });
        log(`[job ${job.name}] done on ${replica} ${JSON.stringify(summary)}`);
      } finally {
        clearInterval(heartbeat);
      }
    } catch (error) {
      log(`[job ${job.name}] failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (locked) await client.query(UNLOCK_SQL, [job.name]).catch(() => undefined);
      client.release();
    }
  };

  for (const job of options.jobs ?? registry) {
    // Jobs without a schedule (rollups-rebuild, risk-backfill) only ever run when started.
    if (!job.everyMs) continue;
    const everyMs = options.tickMs ?? job.everyMs;
    let busy = false;
    const check = () => {
      if (busy) return;
      busy = true;
      const run = attempt(job, everyMs).finally(() => {
        busy = false;
        running.delete(run);
      });
      running.add(run);
    };
    // Looking a few times per tick notices a new tick, or an abandoned one, soon after it begins.
    const timer = setInterval(check, Math.max(50, Math.min(everyMs / 4, 15_000)));
    timer.unref();
    timers.push(timer);
    check();
  }
  return async () => {
    timers.forEach(clearInterval);
    await Promise.allSettled([...running]);
    await pool.end();
  };
}
