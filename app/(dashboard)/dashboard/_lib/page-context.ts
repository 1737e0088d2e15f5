// What every analytics page starts with: the signed-in staff member, the URL filters (bad values
// fall back with a notice, days in the site's time zone) and the site to show (404/403 pages for unknown or forbidden keys,
// null when the account has no site yet).
import 'server-only';
import { accessibleSites, resolveSite, type AuthorizedSite } from '@/lib/access';
import { requirePageUser, type SessionUser } from '@/lib/auth';
import { orErrorPage } from '@/lib/http/page-errors';
import { paramNoticeText } from '@/components/status/param-notice';
import { inSiteZone, parseFiltersForPage, type Filters, type SearchParamsInput } from '@/lib/params/filters';

export type DashboardContext = {
  user: SessionUser;
  filters: Filters;
  /** The ignored-filter notice, already in the reader's language. */
  notice: string | null;
  site: AuthorizedSite | null;
  params: SearchParamsInput;
};

export async function loadDashboardContext(searchParams: Promise<SearchParamsInput>): Promise<DashboardContext> {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const params = await searchParams;
  const parsed = parseFiltersForPage(params);
  const none = !parsed.filters.siteKey && (await accessibleSites(user)).length === 0;
  const site = none ? null : await orErrorPage(resolveSite(user, parsed.filters.siteKey));
  // Days are the site's local days: ranges move to its zone once the site is known.
  const filters = site ? inSiteZone(parsed.filters, site.timeZone) : parsed.filters;
  return { user, filters, notice: await paramNoticeText(parsed.notice), site, params };
}

/** One string per site + range, used as Suspense keys so a new filter shows skeletons again. */
export function filterKey(site: AuthorizedSite, filters: Filters, extra = ''): string {
  return `${site.id}:${filters.from.toISOString()}:${filters.to.toISOString()}:${extra}`;
}
