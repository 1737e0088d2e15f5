// GET /api/analytics/page-views — per-path views, visitors, entries, bounce rate, time on page, load time.
import { z } from 'zod';
import { analyticsRoute, limitParam } from '@/lib/http/analytics-route';
import { getPageStats } from '@/lib/queries/pages';

export const GET = analyticsRoute(z.object({ limit: limitParam(1000, 100) }), async ({ site, filters, params }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  pages: await getPageStats(site, filters.from, filters.to, { limit: params.limit }),
}));
