// GET /api/analytics/sources — channels, referring domains and UTM source/medium/campaign.
import { z } from 'zod';
import { analyticsRoute, limitParam } from '@/lib/http/analytics-route';
import { getSources } from '@/lib/queries/sources';

export const GET = analyticsRoute(z.object({ limit: limitParam(100, 20) }), async ({ site, filters, params }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  ...(await getSources(site, filters.from, filters.to, params.limit)),
}));
