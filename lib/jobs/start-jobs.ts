// Which scheduler a server process runs: on PostgreSQL the one that claims each tick through the
// database (any number of replicas), on SQLite the in-process one (SQLite means one process).
import type { DatabaseTarget } from '../database-url';
import type { Db } from '../db';
import { startPgScheduler } from './pg-scheduler';
import { startScheduler } from './scheduler';

/** PATHWISE_JOB_TICK_MS: a test mode in which every scheduled job ticks this often. */
export function testTickMs(raw = process.env.PATHWISE_JOB_TICK_MS): number | undefined {
  const ms = Number(raw);
  return Number.isInteger(ms) && ms >= 50 ? ms : undefined;
}

export function startJobs(db: Db, target: DatabaseTarget, log: (line: string) => void = console.log): () => unknown {
  if (target.provider === 'postgres') return startPgScheduler(db, { databaseUrl: target.url, tickMs: testTickMs(), log });
  return startScheduler(db, log, testTickMs());
}
