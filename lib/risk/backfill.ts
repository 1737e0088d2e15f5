// Risk score history after imported history: one score per student per day from the first
// affected day to yesterday (as of that day's end, from the data before it), then today's, with
// the same scoring code as the hourly `risk` job. Run as the `risk-backfill` job, which the
// import starts; progress (days done of days to do) goes to the job's run for the admin to see.
import type { Db } from '@/lib/db';
import { RISK_MODEL } from './config';
import { scoreStudents, storeRiskScores } from './compute';

const DAY_MS = 86_400_000;

export type BackfillSummary = { from: string; days: number; scores: number };

/** Every UTC day from `from` to today inclusive, each as the instant its scores are taken at. */
export function backfillInstants(from: Date, now: Date): Date[] {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const first = Math.min(Math.floor(from.getTime() / DAY_MS) * DAY_MS, today);
  const instants: Date[] = [];
  for (let day = first; day < today; day += DAY_MS) instants.push(new Date(day + DAY_MS - 1000));
  instants.push(now);
  return instants;
}

export async function backfillRisk(
  db: Db,
  options: { from: Date; now: Date; onProgress?: (done: number, total: number) => Promise<void> | void },
): Promise<BackfillSummary> {
  const instants = backfillInstants(options.from, options.now);
  let scores = 0;
  for (const [index, at] of instants.entries()) {
    scores += await storeRiskScores(db, await scoreStudents(db, at, { model: RISK_MODEL }), at);
    await options.onProgress?.(index + 1, instants.length);
  }
  return { from: options.from.toISOString().slice(0, 10), days: instants.length, scores };
}
