// GET /api/analytics/retention — new vs returning visitors per bucket, and weekly cohorts.
import { z } from 'zod';
import { route, scopeOf } from '@/lib/http/route';
import { getCohorts, getNewVsReturning } from '@/lib/queries/retention';

const query = z.object({ interval: z.enum(['hour', 'day'], { error: 'interval must be hour or day' }).optional() });

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query }, async ({ site, filters, query }) => {
  const [newVsReturning, cohorts] = await Promise.all([
    getNewVsReturning(site, filters.from, filters.to, query.interval),
    getCohorts(site, filters.from, filters.to),
  ]);
  return { ...scopeOf(site, filters), newVsReturning, cohorts };
});
