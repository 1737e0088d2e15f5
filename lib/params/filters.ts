// The dashboard's URL filters (`?site=KEY&range=7d` or `&from=YYYY-MM-DD&to=YYYY-MM-DD`), parsed
// the same way by pages and JSON APIs. Days are UTC days. `from` is inclusive, `to` exclusive.
import { z } from 'zod';
import { HttpError, describeZodError } from '@/lib/http/errors';
import { DEFAULT_RANGE, RANGE_PRESETS, RANGE_TITLES, type Range, type RangePreset } from '@/lib/params/range-presets';

export { DEFAULT_RANGE, RANGE_PRESETS, type Range, type RangePreset } from '@/lib/params/range-presets';
/** Longest custom range, so one request cannot ask for a decade of raw events. */
export const MAX_CUSTOM_DAYS = 366;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PRESET_MS: Record<RangePreset, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY };

export type Filters = { siteKey?: string; from: Date; to: Date; range: Range };
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-01-31')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Not a real calendar date');

export const filtersSchema = z
  .object({
    site: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9._-]+$/, 'Site keys use letters, digits, . _ and -')
      .optional(),
    range: z.enum(RANGE_PRESETS, { error: `Use one of ${RANGE_PRESETS.join(', ')}` }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.from === undefined) !== (value.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: [value.from ? 'to' : 'from'], message: 'Give both from and to' });
    } else if (value.from && value.to) {
      const days = (Date.parse(value.to) - Date.parse(value.from)) / DAY + 1;
      if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from' });
      if (days > MAX_CUSTOM_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: `A custom range is at most ${MAX_CUSTOM_DAYS} days` });
    }
  });

/** First value of each known key; empty strings count as absent (an emptied form field). */
function normalise(input: SearchParamsInput): Record<string, string | undefined> {
  const read = (key: string) => {
    const raw = input instanceof URLSearchParams ? input.get(key) : input[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value === null || value === undefined || value === '' ? undefined : value;
  };
  return { site: read('site'), range: read('range'), from: read('from'), to: read('to') };
}

function toFilters(value: z.infer<typeof filtersSchema>, now: Date): Filters {
  const siteKey = value.site;
  if (value.from && value.to) {
    return { siteKey, range: 'custom', from: new Date(`${value.from}T00:00:00Z`), to: new Date(Date.parse(`${value.to}T00:00:00Z`) + DAY) };
  }
  const range = value.range ?? DEFAULT_RANGE;
  return { siteKey, range, from: new Date(now.getTime() - PRESET_MS[range]), to: now };
}

/** For JSON APIs: a bad value throws HttpError 400 naming the parameter. */
export function parseFilters(input: SearchParamsInput, now: Date = new Date()): Filters {
  const parsed = filtersSchema.safeParse(normalise(input));
  if (!parsed.success) throw new HttpError(400, 'invalid_filters', describeZodError(parsed.error));
  return toFilters(parsed.data, now);
}

/** For pages: bad values fall back to the defaults (valid parts are kept) with a notice to show. */
export function parseFiltersForPage(input: SearchParamsInput, now: Date = new Date()): { filters: Filters; notice: string | null } {
  const raw = normalise(input);
  const parsed = filtersSchema.safeParse(raw);
  if (parsed.success) return { filters: toFilters(parsed.data, now), notice: null };
  const site = filtersSchema.safeParse({ site: raw.site });
  const dates = filtersSchema.safeParse({ range: raw.range, from: raw.from, to: raw.to });
  const filters = toFilters({ ...(site.success ? site.data : {}), ...(dates.success ? dates.data : {}) }, now);
  const fallback = [site.success ? null : 'the first site', dates.success ? null : 'the last 7 days'].filter(Boolean).join(' and ');
  return { filters, notice: `Ignored an invalid filter (${describeZodError(parsed.error)}); showing ${fallback}.` };
}

/** Back to URL form, e.g. for links that keep the current filters. */
export function filtersToSearchParams(filters: Pick<Filters, 'siteKey' | 'range' | 'from' | 'to'>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.siteKey) params.set('site', filters.siteKey);
  if (filters.range === 'custom') {
    params.set('from', filters.from.toISOString().slice(0, 10));
    params.set('to', new Date(filters.to.getTime() - DAY).toISOString().slice(0, 10));
  } else {
    params.set('range', filters.range);
  }
  return params;
}

/** The same-length period just before, for "vs previous period" comparisons. */
export function previousPeriod(filters: Pick<Filters, 'from' | 'to'>): { from: Date; to: Date } {
  const length = filters.to.getTime() - filters.from.getTime();
  return { from: new Date(filters.from.getTime() - length), to: filters.from };
}

/** A heading for the period, e.g. "Last 7 days" or "1 Feb 2025 – 28 Feb 2025". */
export function describeRange(filters: Pick<Filters, 'range' | 'from' | 'to'>): string {
  if (filters.range !== 'custom') return RANGE_TITLES[filters.range];
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const last = new Date(filters.to.getTime() - DAY);
  return last.getTime() === filters.from.getTime()
    ? format.format(filters.from)
    : `${format.format(filters.from)} – ${format.format(last)}`;
}
