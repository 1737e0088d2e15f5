// GET /api/analytics/event-counts — events per type and per custom (platform) event name.
import { route } from '@/lib/http/route';
import { getEventCounts } from '@/lib/queries/event-counts';

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' } }, async ({ site, filters }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  ...(await getEventCounts(site, filters.from, filters.to)),
}));
