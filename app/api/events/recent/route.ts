// GET /api/events/recent?limit=N[&site=KEY] → { events } newest first, every stored field (admins only).
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { toErrorResponse } from '@/lib/http/errors';
import { recentEvents } from '@/lib/queries/events';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  site: z.string().min(1).max(100).optional(),
});

export async function GET(request: Request) {
  try {
    const admin = await requireRole('ADMIN');
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const events = await recentEvents(admin, { limit: query.limit, siteKey: query.site });
    return Response.json({ events }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
