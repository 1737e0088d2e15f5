// Erasure and retention delete raw rows that the personal daily tables (DailyElementClick,
// DailyNamedEvent, VisitorDay: they hold visitor and session ids) were built from. Those days are
// recomputed from what is left, so no id of an erased person or of deleted history stays behind
// and the tables keep giving the figures of a raw scan. The anonymous tables (page behaviour, click
// cells, event types, tech) keep their counts, like DailyPageStat: they are the aggregate history.
import type { DatabaseProvider } from '@/lib/database-url';
import type { Db } from '@/lib/db';
import { readCoverage } from '@/lib/rollups/coverage';
import { addDays, dayStartIn, labelDate, localDay } from '@/lib/time/site-day';
import { PERSONAL_TABLES, behaviourWrites, computeBehaviourRows } from './compute';

/** Recomputes the personal tables of one site for local days `first`…`last` (inclusive, clipped to its coverage). */
async function refreshSpan(db: Db, provider: DatabaseProvider, site: { id: string; timeZone: string }, first: string, last: string) {
  const zone = site.timeZone;
  const coverage = await readCoverage(db, site.id, zone);
  if (!coverage) return;
  const from = new Date(Math.max(dayStartIn(zone, first).getTime(), coverage.from.getTime()));
  const to = new Date(Math.min(dayStartIn(zone, addDays(last, 1)).getTime(), coverage.to.getTime()));
  if (from >= to) return;
  const rows = await computeBehaviourRows(db, provider, site.id, from, to, zone, PERSONAL_TABLES);
  const days = { gte: labelDate(localDay(zone, from)), lt: labelDate(localDay(zone, to)) };
  await db.$transaction(behaviourWrites(db, provider, site.id, days, rows), { timeout: 60_000 });
}

/** After an erasure: the local days (of each site's zone) on which its deleted events and sessions fell. */
export async function refreshTouchedDays(db: Db, provider: DatabaseProvider, touched: ReadonlyMap<string, readonly Date[]>) {
  for (const [siteId, instants] of touched) {
    const site = await db.site.findUnique({ where: { id: siteId }, select: { id: true, timeZone: true } });
    if (!site || instants.length === 0) continue;
    const days = [...new Set(instants.map((at) => localDay(site.timeZone, at)))].sort();
    // Consecutive days go together: one recompute and one transaction per run of days.
    let start = days[0] as string;
    let previous = start;
    for (const day of [...days.slice(1), null]) {
      if (day !== null && day === addDays(previous, 1)) {
        previous = day;
        continue;
      }
      await refreshSpan(db, provider, site, start, previous);
      if (day !== null) start = previous = day;
    }
  }
}

/** After retention deleted everything before `before` (a local midnight of `zone`): recompute the days before it that still have rows. */
export async function refreshDaysBefore(db: Db, provider: DatabaseProvider, siteIds: readonly string[], before: Date, zone: string) {
  const cutoff = labelDate(localDay(zone, before));
  for (const siteId of siteIds) {
    const where = { siteId, day: { lt: cutoff } };
    const [visitors, elements, named] = await Promise.all([
      db.visitorDay.findFirst({ where, orderBy: { day: 'asc' }, select: { day: true } }),
      db.dailyElementClick.findFirst({ where, orderBy: { day: 'asc' }, select: { day: true } }),
      db.dailyNamedEvent.findFirst({ where, orderBy: { day: 'asc' }, select: { day: true } }),
    ]);
    const oldest = [visitors, elements, named].flatMap((row) => (row ? [row.day.toISOString().slice(0, 10)] : [])).sort()[0];
    if (!oldest) continue;
    await refreshSpan(db, provider, { id: siteId, timeZone: zone }, oldest, addDays(localDay(zone, before), -1));
  }
}
