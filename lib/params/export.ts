// The export's URL parameters, shared by the page (its filter form) and the route:
// `?format=xlsx&site=demo&from=2026-11-01&to=2026-11-30&types=click,pageview`.
// `from` and `to` are inclusive local days of each exported site's own time zone; everything is optional (no filter = every event).
import { z } from 'zod';
import { EVENT_TYPES } from '@/lib/taxonomy';
import { HttpError, describeZodError } from '@/lib/http/errors';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/formats';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { UTC, addDays, dayStartIn } from '@/lib/time/site-day';
import { isoDay } from './day-range';
import { siteKeyParam } from './filters';
import { param, paramValues, type SearchParamsInput } from './search-params';

const typesList = z
  .string()
  .transform((value) => [
    ...new Set(
      value
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.enum(EVENT_TYPES, { error: `Event types are ${EVENT_TYPES.join(', ')}` })));

const exportParamsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `Use one of ${EXPORT_FORMATS.join(', ')}` }).default('xlsx'),
    site: siteKeyParam.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    types: typesList.optional(),
    // The spreadsheet's header row: English (the platform's original headers) unless asked.
    headers: z.enum(LOCALES, { error: `Column headers are ${LOCALES.join(' or ')}` }).default('en'),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ['to'], message: 'to must be on or after from' });

export type ExportParams = {
  format: ExportFormat;
  siteKey?: string;
  /** Inclusive local day (of each exported site's zone). */
  from?: string;
  /** Inclusive local day (of each exported site's zone). */
  to?: string;
  types?: string[];
  /** Language of the xlsx header row; `en` (the original headers) by default. */
  headers?: Locale;
};

// `types` may be repeated (`types=click&types=pageview`) as well as comma-separated.
function safeParse(input: SearchParamsInput) {
  const types = paramValues(input, 'types').join(',') || undefined;
  return exportParamsSchema.safeParse({
    format: param(input, 'format'),
    site: param(input, 'site'),
    from: param(input, 'from'),
    to: param(input, 'to'),
    types,
    headers: param(input, 'headers'),
  });
}

function toParams(value: z.infer<typeof exportParamsSchema>): ExportParams {
  return {
    format: value.format,
    siteKey: value.site,
    from: value.from,
    to: value.to,
    types: value.types?.length ? value.types : undefined,
    headers: value.headers,
  };
}

/** For the route: a bad value is a 400 naming the parameter. */
export function parseExportParams(input: SearchParamsInput): ExportParams {
  const parsed = safeParse(input);
  if (!parsed.success) throw new HttpError('invalid_request', describeZodError(parsed.error));
  return toParams(parsed.data);
}

/** For the page: invalid filters are dropped (the page shows a notice) rather than failing. */
export function parseExportParamsForPage(input: SearchParamsInput): { params: ExportParams; notice: string | null } {
  const parsed = safeParse(input);
  if (parsed.success) return { params: toParams(parsed.data), notice: null };
  return { params: { format: 'xlsx', headers: 'en' }, notice: describeZodError(parsed.error) };
}

/**
 * The date part of the scope in `zone`: `from` at its local midnight, `to` inclusive in the URL and
 * exclusive here (the next local midnight), exact across daylight-saving changes.
 */
export function paramsDateRange(params: Pick<ExportParams, 'from' | 'to'>, zone: string = UTC): { from?: Date; to?: Date } {
  return {
    from: params.from ? dayStartIn(zone, params.from) : undefined,
    to: params.to ? dayStartIn(zone, addDays(params.to, 1)) : undefined,
  };
}

/**
 * One date window per time zone among the exported sites: an export of several sites cuts each at
 * its own local midnights, as its dashboards count days (so "1–30 Nov" is the same November the
 * site's charts show). None without a date filter.
 */
export function zoneWindows(
  sites: { id: string; timeZone: string }[],
  params: Pick<ExportParams, 'from' | 'to'>,
): { siteIds: string[]; from?: Date; to?: Date }[] | undefined {
  if (!params.from && !params.to) return undefined;
  const byZone = new Map<string, string[]>();
  for (const site of sites) byZone.set(site.timeZone, [...(byZone.get(site.timeZone) ?? []), site.id]);
  return [...byZone].map(([zone, siteIds]) => ({ siteIds, ...paramsDateRange(params, zone) }));
}

/** Back to a query string (format excluded), for links and the download URL. */
export function exportSearchParams(params: Omit<ExportParams, 'format'> & { format?: ExportFormat }): URLSearchParams {
  const search = new URLSearchParams();
  if (params.format) search.set('format', params.format);
  if (params.siteKey) search.set('site', params.siteKey);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.types?.length) search.set('types', params.types.join(','));
  if (params.headers && params.headers !== 'en') search.set('headers', params.headers);
  return search;
}
