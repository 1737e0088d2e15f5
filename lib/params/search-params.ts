// The one reader of URL search parameters, for pages (Next's searchParams record) and route
// handlers (URLSearchParams) alike. A repeated key keeps its first value for single-valued
// parameters; an empty value (an emptied form field) counts as absent.

/** A page's `searchParams`, as Next.js passes them. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;
export type SearchParamsInput = URLSearchParams | SearchParamsRecord;

/** Every non-empty value of `key`, in order. */
export function paramValues(input: SearchParamsInput, key: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(key) : input[key];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.filter((value) => value !== '');
}

/** The first value of `key`; undefined when absent or empty. */
export function param(input: SearchParamsInput, key: string): string | undefined {
  const raw = input instanceof URLSearchParams ? input.get(key) : input[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === null || value === undefined || value === '' ? undefined : value;
}

/** The first value of every present key (except `omit`), as the input of a zod object schema. */
export function paramRecord(input: SearchParamsInput, omit: readonly string[] = []): Record<string, string> {
  const keys = input instanceof URLSearchParams ? [...new Set(input.keys())] : Object.keys(input);
  const record: Record<string, string> = {};
  for (const key of keys) {
    const value = omit.includes(key) ? undefined : param(input, key);
    if (value !== undefined) record[key] = value;
  }
  return record;
}
