// Time buckets shared by queries and charts. Keys are local wall-clock text in the site's zone
// (`YYYY-MM-DD`, `YYYY-MM-DDTHH`, `YYYY-MM-DDTHH:MM`, a week by its Monday), the same text
// ./local-key.ts produces in SQL, so rows join by key. In UTC they are plain UTC prefixes.
import { UTC, addDays, dayStartIn, daysBetween, localDay, offsetAt, weekStart } from '@/lib/time/site-day';

export type Interval = 'minute' | 'hour' | 'day' | 'week';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Hourly buckets for ranges up to two days (the 24 h preset, a single custom day), else daily. */
export function intervalFor(from: Date, to: Date): 'hour' | 'day' {
  return to.getTime() - from.getTime() <= 2 * DAY ? 'hour' : 'day';
}

/** The first instant of the local ISO week (Monday 00:00) containing `at`. */
export function weekFloor(at: Date, zone: string = UTC): Date {
  return dayStartIn(zone, weekStart(localDay(zone, at)));
}

/** Every bucket key that overlaps [from, to), oldest first. */
export function bucketKeys(from: Date, to: Date, interval: Interval, zone: string = UTC): string[] {
  if (interval === 'day') return daysBetween(zone, from, to).map((d) => d.day);
  const keys: string[] = [];
  if (interval === 'week') {
    for (let week = weekStart(localDay(zone, from)); dayStartIn(zone, week) < to; week = addDays(week, 7)) keys.push(week);
    return keys;
  }
  // Hours and minutes: step through the instants, naming each by its local wall clock. A repeated
  // hour (clocks going back) yields one key; a skipped one yields none, like the SQL keys.
  const step = interval === 'hour' ? HOUR : MINUTE;
  const length = interval === 'hour' ? 13 : 16;
  const wall = (t: number) => t + offsetAt(zone, t);
  const first = from.getTime() - (((wall(from.getTime()) % step) + step) % step);
  for (let t = first; t < to.getTime(); t += step) {
    const key = new Date(wall(t)).toISOString().slice(0, length);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}
