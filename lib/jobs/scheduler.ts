import type { Db } from '../db';
import { jobs } from './registry';
import { runJob } from './run-job';

/**
 * Runs every scheduled job on its interval in the process that serves the app (scripts/start.ts),
 * on SQLite; with PostgreSQL, lib/jobs/pg-scheduler.ts claims each tick for one replica instead.
 * A job never overlaps itself; a failure is logged and retried at the next tick.
 */
export function startScheduler(db: Db, log: (line: string) => void = console.log, tickMs?: number): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    // Jobs without a schedule (rollups-rebuild, risk-backfill) only ever run when started.
    if (!job.everyMs) continue;
    const everyMs = tickMs ?? job.everyMs;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const summary = await runJob(db, job, { log: (line) => log(`[job ${job.name}] ${line}`) });
        log(`[job ${job.name}] done ${JSON.stringify(summary)}`);
      } catch (error) {
        log(`[job ${job.name}] failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
      }
    };
    const timer = setInterval(tick, everyMs);
    timer.unref();
    timers.push(timer);
  }
  return () => timers.forEach(clearInterval);
}
