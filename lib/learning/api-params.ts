// Shared parsing for the per-student JSON APIs.
import { z } from 'zod';
import { HttpError } from '@/lib/http/errors';
import { parseFilters, type Filters } from '@/lib/params/filters';

const studentId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A malformed id can never name a visible student: answer like an unknown one (404). */
export function parseStudentId(value: string): string {
  const parsed = studentId.safeParse(value);
  if (!parsed.success) throw new HttpError(404, 'student_not_found', 'No student with this id is visible to your account.');
  return parsed.data;
}

/** range/from/to as on the dashboards, but 30 days when none is given (a student's month). */
export function parseStudentRange(searchParams: URLSearchParams, now: Date = new Date()): Filters {
  const params = new URLSearchParams(searchParams);
  if (!params.get('range') && !params.get('from') && !params.get('to')) params.set('range', '30d');
  return parseFilters(params, now);
}
