// GET /api/analytics/errors — front-end errors grouped by message, most recently seen first.
import { z } from 'zod';
import { analyticsRoute, limitParam } from '@/lib/http/analytics-route';
import { getErrorSummary } from '@/lib/queries/errors';

export const GET = analyticsRoute(z.object({ limit: limitParam(200, 50) }), async ({ site, filters, params }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  ...(await getErrorSummary(site, filters.from, filters.to, params.limit)),
}));
