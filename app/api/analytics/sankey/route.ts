// GET /api/analytics/sankey — step-indexed user flows with drop-offs.
import { z } from 'zod';
import { analyticsRoute } from '@/lib/http/analytics-route';
import { getFlows } from '@/lib/queries/flows';
import { flowParamsSchema } from '@/lib/params/flows';

export const GET = analyticsRoute(z.object(flowParamsSchema), async ({ site, filters, params }) => ({
  site: site.key,
  from: filters.from.toISOString(),
  to: filters.to.toISOString(),
  ...(await getFlows(site, filters.from, filters.to, params)),
}));
