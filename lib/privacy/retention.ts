// The retention run: roll up the days about to go, delete events past the deletion period and
// the sessions/visitors left empty, then anonymise events, sessions and visitors past the
// anonymisation period. Every step works in small batches and only touches rows that still need
// it, so a second run changes nothing. The run is audited as `retention.run`.
import { parseDatabaseUrl, type DatabaseProvider } from '@/lib/database-url';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { anonymiseEvents, anonymiseSessionsAndVisitors } from './anonymise';
import { DEFAULT_BATCH_SIZE } from './batching';
import { deleteEmptySessionsAndVisitors, deleteEventsBefore } from './purge';
import type { RetentionPeriods } from './retention-config';
import { loadRetentionConfig } from './retention-settings';
import { rollUpBeforeDeleting } from './rollup-first';
import { refreshDaysBefore } from '@/lib/behaviour-days/refresh-days';
import { UTC, floorDay } from '@/lib/time/site-day';

const DAY_MS = 86_400_000;

export type RetentionOptions = {
  now?: Date;
  log?: (line: string) => void;
  /** Defaults to the stored configuration (env + admin override). */
  periods?: RetentionPeriods;
  batchSize?: number;
  provider?: DatabaseProvider;
  /** Limits the run to these sites (tests, or a one-off); defaults to every site. */
  siteIds?: string[];
};

export type RetentionSummary = {
  anonymiseAfterDays: number;
  deleteAfterDays: number;
  anonymisedBefore: string;
  deletedBefore: string;
  daysRolledUp: number;
  eventsDeleted: number;
  sessionsDeleted: number;
  visitorsDeleted: number;
  eventsAnonymised: number;
  sessionsAnonymised: number;
  visitorsAnonymised: number;
  batches: number;
  durationMs: number;
};

/**
 * Cutoffs for a run at `now`. Deletion starts at a local midnight of the sites' zone (UTC unless
 * given) so whole days go at once: a rolled-up day is never left half-deleted, and its rollup
 * stays the day's true total.
 */
export function retentionCutoffs(now: Date, periods: RetentionPeriods, zone: string = UTC) {
  const anonymiseBefore = new Date(now.getTime() - periods.anonymiseAfterDays * DAY_MS);
  const deleteBefore = floorDay(zone, new Date(now.getTime() - periods.deleteAfterDays * DAY_MS));
  return { anonymiseBefore, deleteBefore };
}

/** The sites to run on, grouped by time zone (each zone has its own deletion midnight). */
async function sitesByZone(db: Db, siteIds?: string[]): Promise<Map<string, string[]>> {
  const sites = await db.site.findMany({ where: siteIds ? { id: { in: siteIds } } : {}, select: { id: true, timeZone: true } });
  const zones = new Map<string, string[]>();
  for (const site of sites) zones.set(site.timeZone, [...(zones.get(site.timeZone) ?? []), site.id]);
  return zones;
}

export async function runRetention(db: Db, options: RetentionOptions = {}): Promise<RetentionSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const provider = options.provider ?? parseDatabaseUrl().provider;
  const periods = options.periods ?? (await loadRetentionConfig(db));
  const { anonymiseBefore, deleteBefore } = retentionCutoffs(now, periods);
  const zones = await sitesByZone(db, options.siteIds);
  const siteIds = [...zones.values()].flat();
  log(
    `policy: anonymise after ${periods.anonymiseAfterDays} days (before ${anonymiseBefore.toISOString()}), delete after ${periods.deleteAfterDays} days (before ${deleteBefore.toISOString()} in UTC, each site's local midnight otherwise)`,
  );

  const rolled = { days: 0 };
  const deleted = { events: 0, batches: 0 };
  const emptied = { sessions: 0, visitors: 0 };
  for (const [zone, ids] of zones) {
    const cutoff = retentionCutoffs(now, periods, zone).deleteBefore;
    rolled.days += (await rollUpBeforeDeleting(db, provider, ids, cutoff, zone)).days;
    const gone = await deleteEventsBefore(db, ids, cutoff, batchSize);
    deleted.events += gone.events;
    deleted.batches += gone.batches;
    const empty = await deleteEmptySessionsAndVisitors(db, ids, cutoff, batchSize);
    emptied.sessions += empty.sessions;
    emptied.visitors += empty.visitors;
    // The daily tables that hold visitor and session ids forget the deleted days too.
    await refreshDaysBefore(db, provider, ids, cutoff, zone);
  }
  if (rolled.days > 0) log(`rolled up ${rolled.days} day(s) that were about to be deleted`);
  log(
    `deleted ${deleted.events} event(s) in ${deleted.batches} batch(es), ${emptied.sessions} empty session(s), ${emptied.visitors} empty visitor(s)`,
  );
  const anonymised = await anonymiseEvents(db, provider, siteIds, anonymiseBefore, batchSize);
  const unlinked = await anonymiseSessionsAndVisitors(db, siteIds, anonymiseBefore, batchSize);
  log(
    `anonymised ${anonymised.events} event(s) in ${anonymised.batches} batch(es), unlinked ${unlinked.sessions} session(s) and ${unlinked.visitors} visitor(s) from users`,
  );

  const summary: RetentionSummary = {
    anonymiseAfterDays: periods.anonymiseAfterDays,
    deleteAfterDays: periods.deleteAfterDays,
    anonymisedBefore: anonymiseBefore.toISOString(),
    deletedBefore: deleteBefore.toISOString(),
    daysRolledUp: rolled.days,
    eventsDeleted: deleted.events,
    sessionsDeleted: emptied.sessions,
    visitorsDeleted: emptied.visitors,
    eventsAnonymised: anonymised.events,
    sessionsAnonymised: unlinked.sessions,
    visitorsAnonymised: unlinked.visitors,
    batches: deleted.batches + anonymised.batches,
    durationMs: Date.now() - started,
  };
  await recordAudit(db, {
    actorId: null,
    action: 'retention.run',
    target: options.siteIds ? `sites:${options.siteIds.join(',')}` : null,
    details: summary,
  });
  return summary;
}
