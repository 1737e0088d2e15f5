// Which part of a dashboard range is read from the daily rollup tables and which from raw events.
// Rollups hold whole UTC days inside the site's coverage (the days the rollups job has computed);
// the partial days at either end of the range, and anything outside the coverage (today, days
// not yet rolled up), are read raw. Both sides use the same definitions, so the sum is exact.
const DAY = 86_400_000;

export type Span = { from: Date; to: Date };
export type RangePlan = { rolled: Span | null; raw: Span[] };

function ceilDay(at: Date): number {
  return Math.ceil(at.getTime() / DAY) * DAY;
}

function floorDay(at: Date): number {
  return Math.floor(at.getTime() / DAY) * DAY;
}

export function planRange(from: Date, to: Date, coverage: Span | null): RangePlan {
  if (to.getTime() <= from.getTime()) return { rolled: null, raw: [] };
  if (!coverage) return { rolled: null, raw: [{ from, to }] };
  const start = Math.max(ceilDay(from), coverage.from.getTime());
  const end = Math.min(floorDay(to), coverage.to.getTime());
  if (end <= start) return { rolled: null, raw: [{ from, to }] };
  const raw: Span[] = [];
  if (start > from.getTime()) raw.push({ from, to: new Date(start) });
  if (end < to.getTime()) raw.push({ from: new Date(end), to });
  return { rolled: { from: new Date(start), to: new Date(end) }, raw };
}
