// GET /api/analytics/realtime — the last `minutes` (default 30); the date range does not apply.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { getRealtime } from '@/lib/queries/realtime';

const query = z.object({
  minutes: z.coerce.number({ error: 'minutes must be a number' }).int('minutes must be a whole number').min(5).max(60).default(30),
});

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' }, query }, async ({ site, query }) => {
  const to = new Date();
  return { site: site.key, ...(await getRealtime(site, new Date(to.getTime() - query.minutes * 60_000), to)) };
});
