// GET /api/analytics/stats — headline figures vs the previous period, and the growth series.
import { z } from 'zod';
import { route, scopeOf } from '@/lib/http/route';
import { getStats, getTimeseries } from '@/lib/queries/stats';

const query = z.object({ interval: z.enum(['hour', 'day'], { error: 'interval must be hour or day' }).optional() });

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query }, async ({ site, filters, query }) => {
  const [stats, timeseries] = await Promise.all([
    getStats(site, filters.from, filters.to),
    getTimeseries(site, filters.from, filters.to, query.interval),
  ]);
  return { ...scopeOf(site, filters), ...stats, timeseries };
});
