// GET /api/analytics/journey/[userId] — first quest, completions, badges, streaks, time on
// platform, favourite pillar. Staff only; 404 for a student the caller may not see.
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { getJourney } from '@/lib/queries/journey';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'optional' }, params: z.object({ userId: z.string() }) },
  async ({ user, params }) => ({ userId: params.userId, ...(await getJourney(user, params.userId)) }),
);
