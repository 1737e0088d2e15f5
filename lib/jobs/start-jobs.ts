// Which scheduler a server process runs: on PostgreSQL the one that claims each tick through the
// database (any number of replicas), on SQLite the in-process one (SQLite means one process).
import type { DatabaseTarget } from '../database-url';
import type { Db } from '../db';
import { startPgScheduler } from './pg-scheduler';
import { startScheduler } from './scheduler';
import { testTickMs } from './test-mode';

export function startJobs(db: Db, target: DatabaseTarget, log: (line: string) => void = console.log): () => unknown {
  if (target.provider === 'postgres') return startPgScheduler(db, { databaseUrl: target.url, tickMs: testTickMs(), log });
  return startScheduler(db, log, testTickMs());
}
