// Deleting old events must not change history: before a day's events go, that day has to be in
// the site's rollup coverage (lib/rollups, owned by the dashboards). This rolls up only the days
// that are missing from the coverage and still have their events — recomputing a day whose
// events were already deleted would overwrite its totals with zeros.
import type { DatabaseProvider } from '@/lib/database-url';
import type { Db } from '@/lib/db';
import { readCoverage } from '@/lib/rollups/coverage';
import type { Span } from '@/lib/rollups/plan';
import { rollupSite } from '@/lib/rollups/rollup-site';
import { UTC, floorDay } from '@/lib/time/site-day';
import { oldestEventPerSite } from './batching';

/** Spans of [oldestDay, deleteBefore) not yet covered; each touches the coverage, so it joins it. */
export function missingSpans(oldestDay: Date, deleteBefore: Date, coverage: Span | null): Span[] {
  if (oldestDay >= deleteBefore) return [];
  if (!coverage) return [{ from: oldestDay, to: deleteBefore }];
  const spans: Span[] = [];
  if (oldestDay < coverage.from) spans.push({ from: oldestDay, to: new Date(Math.min(coverage.from.getTime(), deleteBefore.getTime())) });
  // From the coverage's end even when the oldest event is later: the days between hold no events
  // (it is the oldest), so they roll up as empty, and the coverage stays one contiguous span.
  if (coverage.to < deleteBefore) spans.push({ from: coverage.to, to: deleteBefore });
  return spans.filter((span) => span.from < span.to);
}

/** Makes sure every day about to be deleted is rolled up. `deleteBefore` must be a local midnight of `zone`, the sites' zone. */
export async function rollUpBeforeDeleting(
  db: Db,
  provider: DatabaseProvider,
  siteIds: readonly string[],
  deleteBefore: Date,
  zone: string = UTC,
) {
  let days = 0;
  for (const { siteId, oldest } of await oldestEventPerSite(db, siteIds, deleteBefore)) {
    const spans = missingSpans(floorDay(zone, oldest), deleteBefore, await readCoverage(db, siteId, zone));
    for (const span of spans) days += (await rollupSite(db, provider, siteId, span, zone)).days;
  }
  return { days };
}
