// Streaks: consecutive local days with activity (the days of the site the learning happened on,
// lib/time/site-day.ts; UTC when no zone is given). A streak is "current" while its last day is
// today or yesterday, so a student who learned yesterday and not yet today has not lost it.
import { UTC, localDay } from '@/lib/time/site-day';

const DAY_MS = 86_400_000;

/** The local calendar day of `date` in `zone`, as a day number since the epoch: the unit every streak function works in. */
export function dayNumber(date: Date | number, zone: string = UTC): number {
  return Date.parse(`${localDay(zone, date)}T00:00:00Z`) / DAY_MS;
}

/** Length of the run of active days that ends today or yesterday; 0 if neither was active. */
export function currentStreak(activeDays: Iterable<number>, today: number): number {
  const days = new Set(activeDays);
  let end = days.has(today) ? today : days.has(today - 1) ? today - 1 : null;
  if (end === null) return 0;
  let length = 0;
  while (days.has(end)) {
    length++;
    end--;
  }
  return length;
}

/** Longest run of consecutive active days ever. */
export function longestStreak(activeDays: Iterable<number>): number {
  const sorted = [...new Set(activeDays)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  sorted.forEach((day, index) => {
    run = index > 0 && day === (sorted[index - 1] as number) + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}
