// URL parameters of the students list and the at-risk API, parsed with zod. Pages fall back to
// defaults (with a notice) on bad values; JSON APIs answer 400 naming the parameter.
import { z } from 'zod';
import { param, type SearchParamsInput } from './search-params';
import type { ParamNotice } from './notice';
import { DEFAULT_AT_RISK_DAYS, DEFAULT_AT_RISK_THRESHOLD, FACTOR_KEYS, LEVEL_KEYS, type RiskLevel } from '@/lib/risk/config';

export const STUDENT_SORTS = ['score', 'name', ...FACTOR_KEYS] as const;
export type StudentSort = (typeof STUDENT_SORTS)[number];
export type StudentListParams = { course?: string; level?: RiskLevel; sort: StudentSort; dir: 'asc' | 'desc'; page: number };
export type AtRiskParams = { threshold: number; days: number };

const fields = {
  course: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'Not a course id'),
  level: z.enum(LEVEL_KEYS, { error: `Use one of ${LEVEL_KEYS.join(', ')}` }),
  sort: z.enum(STUDENT_SORTS, { error: `Use one of ${STUDENT_SORTS.join(', ')}` }),
  dir: z.enum(['asc', 'desc'], { error: 'Use asc or desc' }),
  page: z.coerce.number().int().min(1).max(100_000),
};

/** Default order: most at risk first; by name A→Z. */
export function defaultDir(sort: StudentSort): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

/** Each field on its own, so one bad value drops only itself. */
export function parseStudentListParams(input: SearchParamsInput): { params: StudentListParams; notice: ParamNotice | null } {
  const problems: string[] = [];
  const field = <K extends keyof typeof fields>(key: K): z.infer<(typeof fields)[K]> | undefined => {
    const raw = param(input, key);
    if (raw === undefined) return undefined;
    const parsed = fields[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<(typeof fields)[K]>;
    problems.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return undefined;
  };
  const sort = field('sort') ?? 'score';
  const params: StudentListParams = {
    course: field('course'),
    level: field('level'),
    sort,
    dir: field('dir') ?? defaultDir(sort),
    page: field('page') ?? 1,
  };
  return { params, notice: problems.length ? { key: 'list', values: { details: problems.join('; ') } } : null };
}

/** `?threshold=0.7&days=30` of the at-risk API. */
export const atRiskQuery = z.object({
  threshold: z.coerce.number({ error: 'Use a number between 0 and 1' }).min(0).max(1).default(DEFAULT_AT_RISK_THRESHOLD),
  days: z.coerce.number({ error: 'Use a whole number of days' }).int().min(1).max(365).default(DEFAULT_AT_RISK_DAYS),
}) satisfies z.ZodType<AtRiskParams>;
