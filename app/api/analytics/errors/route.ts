// GET /api/analytics/errors — front-end errors grouped by message, most recently seen first.
import { z } from 'zod';
import { route, scopeOf } from '@/lib/http/route';
import { limitParam } from '@/lib/params/limit';
import { getErrorSummary } from '@/lib/queries/errors';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: z.object({ limit: limitParam(200, 50) }) },
  async ({ site, filters, query }) => ({
    ...scopeOf(site, filters),
    ...(await getErrorSummary(site, filters.from, filters.to, query.limit)),
  }),
);
