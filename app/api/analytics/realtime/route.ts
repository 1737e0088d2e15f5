// GET /api/analytics/realtime — the last `minutes` (default 30); the date range does not apply.
import { z } from 'zod';
import { analyticsRoute } from '@/lib/http/analytics-route';
import { getRealtime } from '@/lib/queries/realtime';

const schema = z.object({
  minutes: z.coerce.number({ error: 'minutes must be a number' }).int('minutes must be a whole number').min(5).max(60).default(30),
});

export const GET = analyticsRoute(schema, async ({ site, params }) => {
  const to = new Date();
  return { site: site.key, ...(await getRealtime(site, new Date(to.getTime() - params.minutes * 60_000), to)) };
});
