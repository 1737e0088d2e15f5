// GET /api/analytics/page-views — per-path views, visitors, entries, bounce rate, time on page, load time.
import { z } from 'zod';
import { route, scopeOf } from '@/lib/http/route';
import { limitParam } from '@/lib/params/limit';
import { getPageStats } from '@/lib/queries/pages';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query: z.object({ limit: limitParam(1000, 100) }) },
  async ({ site, filters, query }) => ({
    ...scopeOf(site, filters),
    pages: await getPageStats(site, filters.from, filters.to, { limit: query.limit }),
  }),
);
