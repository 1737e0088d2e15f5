// GET /api/analytics/sources — channels, referring domains and UTM source/medium/campaign.
import { z } from 'zod';
import { route, scopeOf } from '@/lib/http/route';
import { limitParam } from '@/lib/params/limit';
import { getSources } from '@/lib/queries/sources';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: z.object({ limit: limitParam(100, 20) }) },
  async ({ site, filters, query }) => ({
    ...scopeOf(site, filters),
    ...(await getSources(site, filters.from, filters.to, query.limit)),
  }),
);
