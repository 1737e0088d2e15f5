// Weeks and the schedule. A digest belongs to an ISO week ("2026-W49"); that label is half of the
// unique key that keeps it from being sent twice. The run is due once `now` has passed this
// week's scheduled moment (day + hour, UTC); running again later that week sends nothing new.
// The schedule is one setting for the whole platform (its parents and instructors span sites),
// so its weeks are UTC weeks; the day arithmetic is lib/time/site-day.ts's like every other.
import { UTC, dayStartIn, labelDate, localDay, weekStart as mondayOf } from '@/lib/time/site-day';
import type { DigestSettings } from './settings';

const DAY_MS = 86_400_000;

/** ISO 8601 week label of `date` (in `zone`, UTC by default), e.g. 2026-W49. */
export function isoWeek(date: Date, zone: string = UTC): string {
  const day = labelDate(localDay(zone, date));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  day.setUTCDate(day.getUTCDate() - weekday + 3); // the week's Thursday decides its year
  const year = day.getUTCFullYear();
  const week = 1 + Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 (in `zone`, UTC by default) of the ISO week containing `date`. */
export function weekStart(date: Date, zone: string = UTC): Date {
  return dayStartIn(zone, mondayOf(localDay(zone, date)));
}

/** This ISO week's scheduled moment: the configured weekday and hour (UTC). */
export function scheduledMoment(settings: Pick<DigestSettings, 'day' | 'hour'>, now: Date): Date {
  const offset = (settings.day + 6) % 7; // days after Monday
  return new Date(weekStart(now).getTime() + offset * DAY_MS + settings.hour * 3_600_000);
}

export function isDue(settings: Pick<DigestSettings, 'day' | 'hour'>, now: Date): boolean {
  return now.getTime() >= scheduledMoment(settings, now).getTime();
}
