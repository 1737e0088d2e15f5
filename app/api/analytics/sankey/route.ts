// GET /api/analytics/sankey — step-indexed user flows with drop-offs.
import { route, scopeOf } from '@/lib/http/route';
import { flowParams } from '@/lib/params/flows';
import { getFlows } from '@/lib/queries/flows';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: flowParams },
  async ({ site, filters, query }) => ({
    ...scopeOf(site, filters),
    ...(await getFlows(site, filters.from, filters.to, query)),
  }),
);
