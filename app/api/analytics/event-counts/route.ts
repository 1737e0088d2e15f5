// GET /api/analytics/event-counts — events per type and per custom (platform) event name.
import { route, scopeOf } from '@/lib/http/route';
import { getEventCounts } from '@/lib/queries/event-counts';

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' } }, async ({ site, filters }) => ({
  ...scopeOf(site, filters),
  ...(await getEventCounts(site, filters.from, filters.to)),
}));
