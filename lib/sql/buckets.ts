// Time buckets shared by queries and charts. Keys are the same UTC text prefixes the SQL
// dialect produces (`YYYY-MM-DD`, `YYYY-MM-DDTHH`, `YYYY-MM-DDTHH:MM`), so rows join by key.

export type Interval = 'minute' | 'hour' | 'day' | 'week';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEP: Record<Interval, number> = { minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY };
const KEY_LENGTH: Record<Interval, number> = { minute: 16, hour: 13, day: 10, week: 10 };

/** Hourly buckets for ranges up to two days (the 24 h preset, a single custom day), else daily. */
export function intervalFor(from: Date, to: Date): 'hour' | 'day' {
  return to.getTime() - from.getTime() <= 2 * DAY ? 'hour' : 'day';
}

/** The start of the bucket containing `at` (ISO weeks start on Monday). */
export function floorTo(at: Date, interval: Interval): Date {
  const t = at.getTime();
  if (interval !== 'week') return new Date(t - (((t % STEP[interval]) + STEP[interval]) % STEP[interval]));
  const day = new Date(t - (((t % DAY) + DAY) % DAY));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY);
}

/** Every bucket key that overlaps [from, to), oldest first. */
export function bucketKeys(from: Date, to: Date, interval: Interval): string[] {
  const keys: string[] = [];
  for (let t = floorTo(from, interval).getTime(); t < to.getTime(); t += STEP[interval]) {
    keys.push(new Date(t).toISOString().slice(0, KEY_LENGTH[interval]));
  }
  return keys;
}
