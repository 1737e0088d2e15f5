// Risk history after history arrives through the LRS: learning data mapped for a past day changes
// the scores already stored for that day and the days after it, so the mapper asks for the same
// `risk-backfill` job `npm run import` runs. Requests coalesce: one pending request per site, its
// `from` widened to the earliest day asked for; runs go one at a time in this process, so a busy
// LRS replaying a week of history costs one backfill (plus at most one more for what arrived
// while it ran), not one per POST. Pending requests live in memory: a restart drops them and the
// next historical statement asks again (`npm run job -- risk-backfill --from DAY` by hand).
import type { Db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { floorDay } from '@/lib/time/site-day';
import { riskBackfillJob } from './backfill-job';

const DAY_MS = 86_400_000;
const utcDay = (at: number) => Math.floor(at / DAY_MS) * DAY_MS;

/**
 * The day to backfill from, or null when nothing stored is stale: risk history keeps one score
 * per UTC day, and only days before the last completed scoring run's day hold scores that missed
 * `earliest`; today's score is refreshed by the next hourly `risk` run. The earliest affected
 * local day of the site is widened to the UTC day its first instant falls in.
 */
export function backfillFrom(timeZone: string, earliest: Date, lastScoredAt: Date | null, now: Date): string | null {
  const cutoff = utcDay(Math.min((lastScoredAt ?? now).getTime(), now.getTime()));
  if (earliest.getTime() >= cutoff) return null;
  return new Date(utcDay(floorDay(timeZone, earliest).getTime())).toISOString().slice(0, 10);
}

type Pending = { siteKey: string; from: string };
type State = { pending: Map<string, Pending>; running?: Promise<void> };
const holder = globalThis as { pathwiseRiskBackfills?: State };
const state: State = (holder.pathwiseRiskBackfills ??= { pending: new Map() });

async function drain(db: Db): Promise<void> {
  try {
    for (let next = state.pending.entries().next(); !next.done; next = state.pending.entries().next()) {
      const [siteId, request] = next.value;
      state.pending.delete(siteId);
      await runJob(db, riskBackfillJob, { args: ['--from', request.from, '--site', request.siteKey], log: () => {} }).catch(
        (error: unknown) => console.error(`[pathwise] risk backfill from ${request.from} for ${request.siteKey} failed`, error),
      );
    }
  } finally {
    state.running = undefined;
  }
}

/** Asks for a backfill of `siteId` from `from` (YYYY-MM-DD), merged into its pending request. */
export function requestRiskBackfill(db: Db, siteId: string, siteKey: string, from: string): void {
  const pending = state.pending.get(siteId);
  state.pending.set(siteId, { siteKey, from: pending && pending.from < from ? pending.from : from });
  state.running ??= drain(db);
}

/**
 * After learning data dated `earliest` (or later) was written for a site: requests a backfill
 * when that reaches into days already scored. Returns the day asked for, or null.
 */
export async function backfillAfterHistory(db: Db, siteId: string, earliest: Date, now = new Date()): Promise<string | null> {
  if (earliest.getTime() >= utcDay(now.getTime())) return null;
  const [site, last] = await Promise.all([
    db.site.findUnique({ where: { id: siteId }, select: { key: true, timeZone: true } }),
    db.jobRun.findFirst({ where: { job: 'risk', ok: true }, orderBy: { finishedAt: 'desc' }, select: { finishedAt: true } }),
  ]);
  if (!site) return null;
  const from = backfillFrom(site.timeZone, earliest, last?.finishedAt ?? null, now);
  if (from) requestRiskBackfill(db, siteId, site.key, from);
  return from;
}

/** Resolves when no backfill is pending or running (tests, and before a site is dropped). */
export async function backfillsIdle(): Promise<void> {
  while (state.running) await state.running;
}

/** The pending request per site id (for tests and Admin). */
export function pendingBackfills(): ReadonlyMap<string, Readonly<Pending>> {
  return state.pending;
}
