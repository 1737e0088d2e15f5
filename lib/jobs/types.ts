import type { Db } from '../db';

export type JobContext = {
  db: Db;
  now: Date;
  /** Progress and results for whoever runs the job: the CLI prints them, the scheduler logs them. */
  log: (line: string) => void;
  args: string[];
  /** Records how far a long job has got on its run (JobRun.details.progress), for the admin to see. */
  progress?: (done: number, total: number) => Promise<void>;
};

export type Job = {
  name: string;
  description: string;
  /** How often the in-server scheduler runs it; omit for jobs that only run on demand. */
  everyMs?: number;
  run: (context: JobContext) => Promise<Record<string, unknown>>;
};
