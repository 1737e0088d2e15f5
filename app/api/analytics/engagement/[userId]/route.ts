// GET /api/analytics/engagement/[userId]?range=30d — one student's engagement metrics (30 days
// unless a range is given, in the local days of ?site= or the caller's first site). Staff only; an instructor gets 404 for a student outside their
// courses, as for an unknown id.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { getEngagement } from '@/lib/queries/engagement';
import { studentViewFilters } from '@/lib/learning/view-zone';

export const GET = route(
  {
    allow: ['ADMIN', 'INSTRUCTOR'],
    analytics: { site: 'optional', defaultRange: '30d' },
    params: z.object({ userId: z.string() }),
  },
  async ({ user, params, filters }) => {
    // Days as on the student page: the named site's, else the caller's first site's (lib/learning/view-zone.ts).
    const range = await studentViewFilters(user, filters);
    return { userId: params.userId, ...(await getEngagement(user, params.userId, range.from, range.to, new Date(), range.timeZone)) };
  },
);
