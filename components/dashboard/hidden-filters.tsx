import { filtersToSearchParams, type Filters } from '@/lib/params/filters';

/** Keeps site and dates when a widget's own GET form (funnel steps, flow options…) is submitted. */
export function HiddenFilters({ filters }: { filters: Filters }) {
  return (
    <>
      {[...filtersToSearchParams(filters)].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** A link to the current page with some parameters changed and the filters kept. */
export function hrefWith(path: string, filters: Filters, extra: Record<string, string | undefined>): string {
  const params = filtersToSearchParams(filters);
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  return `${path}?${params.toString()}`;
}
