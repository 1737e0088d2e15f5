// Weeks and the schedule. A digest belongs to an ISO week ("2026-W49"); that label is half of the
// unique key that keeps it from being sent twice. The run is due once `now` has passed this
// week's scheduled moment (day + hour, UTC); running again later that week sends nothing new.
import type { DigestSettings } from './settings';

const DAY_MS = 86_400_000;

/** ISO 8601 week label of `date` (UTC), e.g. 2026-W49. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  day.setUTCDate(day.getUTCDate() - weekday + 3); // the week's Thursday decides its year
  const year = day.getUTCFullYear();
  const week = 1 + Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of the ISO week containing `date`. */
export function weekStart(date: Date): Date {
  const day = Math.floor(date.getTime() / DAY_MS) * DAY_MS;
  return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
}

/** This ISO week's scheduled moment: the configured weekday and hour (UTC). */
export function scheduledMoment(settings: Pick<DigestSettings, 'day' | 'hour'>, now: Date): Date {
  const offset = (settings.day + 6) % 7; // days after Monday
  return new Date(weekStart(now).getTime() + offset * DAY_MS + settings.hour * 3_600_000);
}

export function isDue(settings: Pick<DigestSettings, 'day' | 'hour'>, now: Date): boolean {
  return now.getTime() >= scheduledMoment(settings, now).getTime();
}
