// GET /api/analytics/event-counts — events per type and per custom (platform) event name.
import { z } from 'zod';
import { analyticsRoute } from '@/lib/http/analytics-route';
import { getEventCounts } from '@/lib/queries/event-counts';

export const GET = analyticsRoute(z.object({}), async ({ site, filters }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  ...(await getEventCounts(site, filters.from, filters.to)),
}));
