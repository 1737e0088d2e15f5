import type { Db } from '../db';

export type JobContext = {
  db: Db;
  now: Date;
  /** Progress and results for whoever runs the job: the CLI prints them, the scheduler logs them. */
  log: (line: string) => void;
  args: string[];
};

export type Job = {
  name: string;
  description: string;
  /** How often the in-server scheduler runs it; omit for jobs that only run on demand. */
  everyMs?: number;
  run: (context: JobContext) => Promise<Record<string, unknown>>;
};
