// GET /api/events/count[?site=KEY] → { total, byType } (admins only).
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { toErrorResponse } from '@/lib/http/errors';
import { countEvents } from '@/lib/queries/events';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ site: z.string().min(1).max(100).optional() });

export async function GET(request: Request) {
  try {
    const admin = await requireRole('ADMIN');
    const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(await countEvents(admin, { siteKey: query.site }), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
