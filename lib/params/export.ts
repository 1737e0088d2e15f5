// The export's URL parameters, shared by the page (its filter form) and the route:
// `?format=xlsx&site=demo&from=2026-11-01&to=2026-11-30&types=click,pageview`.
// `from` and `to` are inclusive UTC days; everything is optional (no filter = every event).
import { z } from 'zod';
import { EVENT_TYPES } from '@/lib/taxonomy';
import { HttpError, describeZodError } from '@/lib/http/errors';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/formats';

const DAY = 86_400_000;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'Not a real calendar date',
  );

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

export const exportParamsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `Use one of ${EXPORT_FORMATS.join(', ')}` }).default('xlsx'),
    site: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9._-]+$/, 'Site keys use letters, digits, . _ and -')
      .optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    types: typesList.optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ['to'], message: 'to must be on or after from' });

export type ExportParams = {
  format: ExportFormat;
  siteKey?: string;
  /** Inclusive UTC day. */
  from?: string;
  /** Inclusive UTC day. */
  to?: string;
  types?: string[];
};

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

function read(input: Input, key: string): string | undefined {
  const raw = input instanceof URLSearchParams ? (key === 'types' ? input.getAll(key).join(',') || null : input.get(key)) : input[key];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  return value === null || value === undefined || value === '' ? undefined : value;
}

function safeParse(input: Input) {
  return exportParamsSchema.safeParse(Object.fromEntries(['format', 'site', 'from', 'to', 'types'].map((key) => [key, read(input, key)])));
}

function toParams(value: z.infer<typeof exportParamsSchema>): ExportParams {
  return {
    format: value.format,
    siteKey: value.site,
    from: value.from,
    to: value.to,
    types: value.types?.length ? value.types : undefined,
  };
}

/** For the route: a bad value is a 400 naming the parameter. */
export function parseExportParams(input: Input): ExportParams {
  const parsed = safeParse(input);
  if (!parsed.success) throw new HttpError(400, 'invalid_export_filters', describeZodError(parsed.error));
  return toParams(parsed.data);
}

/** For the page: invalid filters are dropped (the page shows a notice) rather than failing. */
export function parseExportParamsForPage(input: Input): { params: ExportParams; notice: string | null } {
  const parsed = safeParse(input);
  if (parsed.success) return { params: toParams(parsed.data), notice: null };
  return { params: { format: 'xlsx' }, notice: `Ignored invalid filters (${describeZodError(parsed.error)}).` };
}

/** The date part of the scope: `to` is inclusive in the URL and exclusive in the query. */
export function paramsDateRange(params: Pick<ExportParams, 'from' | 'to'>): { from?: Date; to?: Date } {
  return {
    from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
    to: params.to ? new Date(Date.parse(`${params.to}T00:00:00Z`) + DAY) : undefined,
  };
}

/** Back to a query string (format excluded), for links and the download URL. */
export function exportSearchParams(params: Omit<ExportParams, 'format'> & { format?: ExportFormat }): URLSearchParams {
  const search = new URLSearchParams();
  if (params.format) search.set('format', params.format);
  if (params.siteKey) search.set('site', params.siteKey);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.types?.length) search.set('types', params.types.join(','));
  return search;
}
