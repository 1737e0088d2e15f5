// GET /api/analytics/retention — new vs returning visitors per bucket, and weekly cohorts.
import { z } from 'zod';
import { analyticsRoute } from '@/lib/http/analytics-route';
import { getCohorts, getNewVsReturning } from '@/lib/queries/retention';

const schema = z.object({ interval: z.enum(['hour', 'day'], { error: 'interval must be hour or day' }).optional() });

export const GET = analyticsRoute(schema, async ({ site, filters, params }) => {
  const [newVsReturning, cohorts] = await Promise.all([
    getNewVsReturning(site, filters.from, filters.to, params.interval),
    getCohorts(site, filters.from, filters.to),
  ]);
  return { site: site.key, from: filters.from.toISOString(), to: filters.to.toISOString(), newVsReturning, cohorts };
});
