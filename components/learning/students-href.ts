// Links on the students page keep every other URL parameter (site, range, filters) and reset the
// page when the filter or order changes.
import type { SearchParamsRecord } from '@/lib/params/search-params';

export function studentsHref(current: SearchParamsRecord, change: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(current)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '') params.set(key, first);
  }
  if (!('page' in change)) params.delete('page');
  for (const [key, value] of Object.entries(change)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `/dashboard/students?${query}` : '/dashboard/students';
}
