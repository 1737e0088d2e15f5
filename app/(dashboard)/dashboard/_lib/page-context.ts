// What every analytics page starts with: the signed-in staff member, the URL filters (bad values
// fall back with a notice) and the site to show (404/403 pages for unknown or forbidden keys).
import 'server-only';
import { resolvePageSite, type SiteRef } from '@/lib/access';
import { requirePageUser, type SessionUser } from '@/lib/auth';
import { parseFiltersForPage, type Filters, type SearchParamsInput } from '@/lib/params/filters';

export type DashboardContext = {
  user: SessionUser;
  filters: Filters;
  notice: string | null;
  site: SiteRef | null;
  params: SearchParamsInput;
};

export async function loadDashboardContext(searchParams: Promise<SearchParamsInput>): Promise<DashboardContext> {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const params = await searchParams;
  const { filters, notice } = parseFiltersForPage(params);
  const site = await resolvePageSite(user, filters.siteKey);
  return { user, filters, notice, site, params };
}

/** One string per site + range, used as Suspense keys so a new filter shows skeletons again. */
export function filterKey(site: SiteRef, filters: Filters, extra = ''): string {
  return `${site.id}:${filters.from.toISOString()}:${filters.to.toISOString()}:${extra}`;
}

/** The first value of a search parameter. */
export function param(params: SearchParamsInput, key: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === null || value === undefined || value === '' ? undefined : value;
}
