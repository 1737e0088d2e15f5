// GET /api/analytics/errors — front-end errors grouped by message, most recently seen first.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { limitParam } from '@/lib/params/limit';
import { getErrorSummary } from '@/lib/queries/errors';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: z.object({ limit: limitParam(200, 50) }) },
  async ({ site, filters, query }) => ({
    site: site.key,
    from: filters.from.toISOString(),
    to: filters.to.toISOString(),
    ...(await getErrorSummary(site, filters.from, filters.to, query.limit)),
  }),
);
