// Which part of a dashboard range is read from the daily rollup tables and which from raw events.
// Rollups hold whole local days of the site's zone inside its coverage (the days the rollups job
// has computed); the partial days at either end of the range, and anything outside the coverage
// (today, days not yet rolled up), are read raw. Both sides use the same definitions, so the sum
// is exact.
import { UTC, ceilDay, floorDay, labelDate, localDay } from '@/lib/time/site-day';

export type Span = { from: Date; to: Date };
export type RangePlan = { rolled: Span | null; raw: Span[] };

export function planRange(from: Date, to: Date, coverage: Span | null, zone: string = UTC): RangePlan {
  if (to.getTime() <= from.getTime()) return { rolled: null, raw: [] };
  if (!coverage) return { rolled: null, raw: [{ from, to }] };
  const start = Math.max(ceilDay(zone, from).getTime(), coverage.from.getTime());
  const end = Math.min(floorDay(zone, to).getTime(), coverage.to.getTime());
  if (end <= start) return { rolled: null, raw: [{ from, to }] };
  const raw: Span[] = [];
  if (start > from.getTime()) raw.push({ from, to: new Date(start) });
  if (end < to.getTime()) raw.push({ from: new Date(end), to });
  return { rolled: { from: new Date(start), to: new Date(end) }, raw };
}

/**
 * The rolled span as a filter on the rollup tables' `day` column, which stores each local day's
 * date at 00:00 UTC (a label, not the instant the day starts).
 */
export function rolledDays(rolled: Span, zone: string = UTC): { gte: Date; lt: Date } {
  return { gte: labelDate(localDay(zone, rolled.from)), lt: labelDate(localDay(zone, rolled.to)) };
}
