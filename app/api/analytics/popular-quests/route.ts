// GET /api/analytics/popular-quests?site=KEY&range=7d — views, starts, completions, completion
// rate and popularity (views + 2·starts + 5·completions) per quest. Instructors: their quests only.
import { resolveSite } from '@/lib/access';
import { requireRole } from '@/lib/auth';
import { parseFilters } from '@/lib/params/filters';
import { toErrorResponse } from '@/lib/http/errors';
import { getPopularQuests } from '@/lib/queries/quests';

export async function GET(request: Request) {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const filters = parseFilters(new URL(request.url).searchParams);
    const site = await resolveSite(user, filters.siteKey);
    const quests = await getPopularQuests(user, site, filters.from, filters.to);
    return Response.json(
      { site: site.key, from: filters.from.toISOString(), to: filters.to.toISOString(), quests },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
