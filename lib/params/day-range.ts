// Whole UTC days in URLs (`from=2026-11-01&to=2026-11-30`, both inclusive) and the instants they
// stand for (`from` at 00:00, `to` exclusive at the next midnight), shared by every date filter.
import { z } from 'zod';

export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` naming a real calendar day. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-01-31')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Not a real calendar date');

/** 00:00 UTC of the day. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** 00:00 UTC of the next day: the exclusive end of a range whose last day is `day`. */
export const dayEnd = (day: string): Date => new Date(dayStart(day).getTime() + DAY_MS);

/** Back to the URL form: the inclusive last day of a range that ends (exclusively) at `end`. */
export const lastDayOf = (end: Date): string => new Date(end.getTime() - DAY_MS).toISOString().slice(0, 10);

/** Days from `from` to `to`, both inclusive. */
export const daysInRange = (from: string, to: string): number => (dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS + 1;
