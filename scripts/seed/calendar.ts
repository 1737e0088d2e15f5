// Calendar days (UTC) from `--days` ago up to the fixed "now", and the daily and weekly rhythm
// traffic follows: quiet nights, a school-day morning, an after-school peak, slower weekends.
import type { Prng } from './prng';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export type Day = {
  index: number;
  /** UTC midnight that starts the day (ms). */
  start: number;
  /** Exclusive end: the next midnight, or "now" for today. */
  end: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
};

/** Relative activity per UTC hour of a school day. */
export const HOURLY_WEIGHTS: readonly number[] = [
  0.12, 0.07, 0.04, 0.03, 0.04, 0.08, 0.22, 0.5, 0.85, 1.0, 1.0, 0.95, 0.85, 0.95, 1.05, 1.15, 1.3, 1.4, 1.45, 1.35, 1.15, 0.85, 0.5, 0.25,
];

/** Weekends are quieter; Friday a little. Index = weekday (Sunday first). */
export const WEEKDAY_FACTORS: readonly number[] = [0.5, 1.0, 1.05, 1.05, 1.0, 0.85, 0.55];

export function buildCalendar(now: Date, days: number): Day[] {
  const nowMs = now.getTime();
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const first = today - (days - 1) * DAY_MS;
  const calendar: Day[] = [];
  for (let index = 0; index < days; index++) {
    const start = first + index * DAY_MS;
    calendar.push({ index, start, end: Math.min(start + DAY_MS, nowMs), weekday: new Date(start).getUTCDay() });
  }
  return calendar;
}

/** Share of a full day's traffic that fits before the day's end (1 for past days, less for today). */
export function dayCoverage(day: Day): number {
  const hours = (day.end - day.start) / HOUR_MS;
  let covered = 0;
  let total = 0;
  HOURLY_WEIGHTS.forEach((weight, hour) => {
    total += weight;
    covered += weight * Math.max(0, Math.min(1, hours - hour));
  });
  return covered / total;
}

/**
 * A timestamp within [from, to) on this day, with hours weighted by `weights` (the global curve
 * unless a visitor has their own habits). Returns null when the range is empty.
 */
export function sampleTime(
  rng: Prng,
  day: Day,
  weights: readonly number[] = HOURLY_WEIGHTS,
  from = day.start,
  to = day.end,
): number | null {
  if (to <= from) return null;
  const options: Array<readonly [number, number]> = [];
  for (let hour = 0; hour < 24; hour++) {
    const hourStart = day.start + hour * HOUR_MS;
    const lo = Math.max(from, hourStart);
    const hi = Math.min(to, hourStart + HOUR_MS);
    if (hi > lo) options.push([hour, (weights[hour] ?? 0) * ((hi - lo) / HOUR_MS)] as const);
  }
  if (options.length === 0) return null;
  const hour = rng.weighted(options);
  const hourStart = day.start + hour * HOUR_MS;
  const lo = Math.max(from, hourStart);
  const hi = Math.min(to, hourStart + HOUR_MS);
  return Math.floor(rng.float(lo, hi));
}

/** Blends the global curve with a personal peak hour, so each student keeps recognisable habits. */
export function personalHours(peakHour: number, strength: number): number[] {
  return HOURLY_WEIGHTS.map((weight, hour) => {
    const distance = Math.min(Math.abs(hour - peakHour), 24 - Math.abs(hour - peakHour));
    return weight * (1 + strength * Math.exp(-(distance * distance) / 8));
  });
}
