// Which local days a page about one student counts in. A student may learn on several sites, so
// the student has no zone of their own; the page follows the site it is scoped to, the way every
// dashboard does: the site named in the URL (the site picker's choice, when the viewer may see
// it), else the viewer's first site (the one the picker shows by default), else UTC. So an
// instructor's "Last 7 days" on a student starts at the same midnight as on that site's overview.
import 'server-only';
import { accessibleSites } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { inSiteZone, type Filters } from '@/lib/params/filters';
import { UTC } from '@/lib/time/site-day';

/** `filters` moved to the zone of the site the student page is scoped to (see above). */
export async function studentViewFilters(viewer: SessionUser, filters: Filters): Promise<Filters> {
  const sites = await accessibleSites(viewer);
  const site = sites.find((candidate) => candidate.key === filters.siteKey) ?? sites[0];
  return inSiteZone(filters, site?.timeZone ?? UTC);
}
