// GET /api/events/count[?site=KEY] → { total, byType } (admins only).
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { siteKeyParam } from '@/lib/params/filters';
import { countEvents } from '@/lib/queries/events';

export const dynamic = 'force-dynamic';

export const GET = route({ allow: ['ADMIN'], query: z.object({ site: siteKeyParam.optional() }) }, ({ user, query }) =>
  countEvents(user, { siteKey: query.site }),
);
