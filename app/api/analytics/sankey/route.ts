// GET /api/analytics/sankey — step-indexed user flows with drop-offs.
import { route } from '@/lib/http/route';
import { flowParams } from '@/lib/params/flows';
import { getFlows } from '@/lib/queries/flows';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: flowParams },
  async ({ site, filters, query }) => ({
    site: site.key,
    from: filters.from.toISOString(),
    to: filters.to.toISOString(),
    ...(await getFlows(site, filters.from, filters.to, query)),
  }),
);
