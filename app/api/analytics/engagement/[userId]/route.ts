// GET /api/analytics/engagement/[userId]?range=30d — one student's engagement metrics (30 days
// unless a range is given). Staff only; an instructor gets 404 for a student outside their
// courses, as for an unknown id.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { getEngagement } from '@/lib/queries/engagement';

export const GET = route(
  {
    allow: ['ADMIN', 'INSTRUCTOR'],
    analytics: { site: 'optional', defaultRange: '30d' },
    params: z.object({ userId: z.string() }),
  },
  async ({ user, params, filters }) => ({ userId: params.userId, ...(await getEngagement(user, params.userId, filters.from, filters.to)) }),
);
