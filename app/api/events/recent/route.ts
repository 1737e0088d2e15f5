// GET /api/events/recent?limit=N[&site=KEY] → { events } newest first, every stored field (admins only).
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { siteKeyParam } from '@/lib/params/filters';
import { limitParam } from '@/lib/params/limit';
import { recentEvents } from '@/lib/queries/events';

export const dynamic = 'force-dynamic';

const query = z.object({ limit: limitParam(500, 50), site: siteKeyParam.optional() });

export const GET = route({ allow: ['ADMIN'], query }, async ({ user, query }) => ({
  events: await recentEvents(user, { limit: query.limit, siteKey: query.site }),
}));
