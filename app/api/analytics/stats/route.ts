// GET /api/analytics/stats — headline figures vs the previous period, and the growth series.
import { z } from 'zod';
import { analyticsRoute } from '@/lib/http/analytics-route';
import { getStats, getTimeseries } from '@/lib/queries/stats';

const schema = z.object({ interval: z.enum(['hour', 'day'], { error: 'interval must be hour or day' }).optional() });

export const GET = analyticsRoute(schema, async ({ site, filters, params }) => {
  const [stats, timeseries] = await Promise.all([
    getStats(site, filters.from, filters.to),
    getTimeseries(site, filters.from, filters.to, params.interval),
  ]);
  return { site: site.key, from: filters.from.toISOString(), to: filters.to.toISOString(), ...stats, timeseries };
});
