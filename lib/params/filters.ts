// The dashboard's URL filters (`?site=KEY&range=7d` or `&from=YYYY-MM-DD&to=YYYY-MM-DD`), parsed
// the same way by pages and JSON APIs. Days are the site's local days (lib/time/site-day.ts):
// parsing yields UTC days, and `inSiteZone` moves them once the site, and so its zone, is known.
// `from` is inclusive, `to` exclusive. `24h` is rolling; `7d` is the last 7 whole local days,
// today included (so `from` is a local midnight and `to` is now).
import { z } from 'zod';
import { HttpError, describeZodError } from '@/lib/http/errors';
import type { ParamNotice } from './notice';
import { UTC, addDays, daySpan, dayStartIn, localDay } from '@/lib/time/site-day';
import { DAY_MS, dayEnd, dayStart, daysInRange, isoDay } from './day-range';
import { DEFAULT_RANGE, RANGE_PRESETS, RANGE_TITLES, type Range, type RangePreset } from './range-presets';
import { paramRecord, type SearchParamsInput } from './search-params';

export { DEFAULT_RANGE, RANGE_PRESETS, type Range, type RangePreset } from './range-presets';
export type { SearchParamsInput } from './search-params';
/** Longest custom range, so one request cannot ask for a decade of raw events. */
const MAX_CUSTOM_DAYS = 366;

/** Whole local days per preset; `24h` is a rolling window instead. */
const PRESET_DAYS: Record<Exclude<RangePreset, '24h'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** `timeZone` is the zone whose local days `from` and `to` stand for (UTC until `inSiteZone`). */
export type Filters = { siteKey?: string; from: Date; to: Date; range: Range; timeZone?: string };

/** The parameters every analytics page and route reads; a route's own parameters are the others. */
export const FILTER_KEYS = ['site', 'range', 'from', 'to'];

/** A site key as it appears in URLs and embed tags. */
export const siteKeyParam = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'Site keys use letters, digits, . _ and -');

const filtersSchema = z
  .object({
    site: siteKeyParam.optional(),
    range: z.enum(RANGE_PRESETS, { error: `Use one of ${RANGE_PRESETS.join(', ')}` }).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.from === undefined) !== (value.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: [value.from ? 'to' : 'from'], message: 'Give both from and to' });
    } else if (value.from && value.to) {
      const days = daysInRange(value.from, value.to);
      if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from' });
      if (days > MAX_CUSTOM_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: `A custom range is at most ${MAX_CUSTOM_DAYS} days` });
    }
  });

const normalise = (input: SearchParamsInput) => {
  const values = paramRecord(input);
  return { site: values.site, range: values.range, from: values.from, to: values.to };
};

/** The instants a range stands for in `zone`: custom days from local midnight to local midnight. */
function rangeIn(range: Range, days: { from: string; to: string } | null, now: Date, zone: string): { from: Date; to: Date } {
  if (range === 'custom' && days) return daySpan(zone, days.from, days.to);
  if (range === 'custom' || range === '24h') return { from: new Date(now.getTime() - DAY_MS), to: now };
  return { from: dayStartIn(zone, addDays(localDay(zone, now), 1 - PRESET_DAYS[range])), to: now };
}

function toFilters(value: z.infer<typeof filtersSchema>, now: Date, defaultRange: RangePreset = DEFAULT_RANGE): Filters {
  const siteKey = value.site;
  if (value.from && value.to) return { siteKey, range: 'custom', from: dayStart(value.from), to: dayEnd(value.to) };
  const range = value.range ?? defaultRange;
  return { siteKey, range, ...rangeIn(range, null, now, UTC) };
}

/**
 * The same filters in the site's zone (parsing knows no site yet): custom days become local days,
 * and day presets start at a local midnight. Presets keep their end (the moment of parsing).
 */
export function inSiteZone(filters: Filters, zone: string): Filters {
  if (zone === (filters.timeZone ?? UTC)) return { ...filters, timeZone: zone };
  const days = filters.range === 'custom' ? customDays(filters) : null;
  return { ...filters, ...rangeIn(filters.range, days, filters.to, zone), timeZone: zone };
}

/** A custom range's first and last local day. */
export function customDays(filters: Pick<Filters, 'from' | 'to' | 'timeZone'>): { from: string; to: string } {
  const zone = filters.timeZone ?? UTC;
  return { from: localDay(zone, filters.from), to: localDay(zone, filters.to.getTime() - 1) };
}

/** For JSON APIs: a bad value throws HttpError 400 naming the parameter. `defaultRange` applies when no range is given. */
export function parseFilters(input: SearchParamsInput, now: Date = new Date(), defaultRange?: RangePreset): Filters {
  const parsed = filtersSchema.safeParse(normalise(input));
  if (!parsed.success) throw new HttpError('invalid_request', describeZodError(parsed.error));
  return toFilters(parsed.data, now, defaultRange);
}

/** For pages: bad values fall back to the defaults (valid parts are kept) with a notice to show. */
export function parseFiltersForPage(input: SearchParamsInput, now: Date = new Date()): { filters: Filters; notice: ParamNotice | null } {
  const raw = normalise(input);
  const parsed = filtersSchema.safeParse(raw);
  if (parsed.success) return { filters: toFilters(parsed.data, now), notice: null };
  const site = filtersSchema.safeParse({ site: raw.site });
  const dates = filtersSchema.safeParse({ range: raw.range, from: raw.from, to: raw.to });
  const filters = toFilters({ ...(site.success ? site.data : {}), ...(dates.success ? dates.data : {}) }, now);
  const fallback = site.success ? 'dates' : dates.success ? 'site' : 'both';
  return { filters, notice: { key: 'filters', values: { details: describeZodError(parsed.error), fallback } } };
}

/** Back to URL form, e.g. for links that keep the current filters. */
export function filtersToSearchParams(filters: Pick<Filters, 'siteKey' | 'range' | 'from' | 'to' | 'timeZone'>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.siteKey) params.set('site', filters.siteKey);
  if (filters.range === 'custom') {
    const days = customDays(filters);
    params.set('from', days.from);
    params.set('to', days.to);
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
export function describeRange(filters: Pick<Filters, 'range' | 'from' | 'to' | 'timeZone'>): string {
  if (filters.range !== 'custom') return RANGE_TITLES[filters.range];
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const days = customDays(filters);
  return days.from === days.to
    ? format.format(dayStart(days.from))
    : `${format.format(dayStart(days.from))} – ${format.format(dayStart(days.to))}`;
}
