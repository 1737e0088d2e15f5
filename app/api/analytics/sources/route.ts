// GET /api/analytics/sources — channels, referring domains and UTM source/medium/campaign.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { limitParam } from '@/lib/params/limit';
import { getSources } from '@/lib/queries/sources';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: z.object({ limit: limitParam(100, 20) }) },
  async ({ site, filters, query }) => ({
    site: site.key,
    from: filters.from.toISOString(),
    to: filters.to.toISOString(),
    ...(await getSources(site, filters.from, filters.to, query.limit)),
  }),
);
