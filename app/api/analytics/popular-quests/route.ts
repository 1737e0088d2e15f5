// GET /api/analytics/popular-quests?site=KEY&range=7d — views, starts, completions, completion
// rate and popularity (views + 2·starts + 5·completions) per quest. Instructors: their quests only.
import { route, scopeOf } from '@/lib/http/route';
import { getPopularQuests } from '@/lib/queries/quests';

export const GET = route({ allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'required' } }, async ({ user, site, filters }) => ({
  ...scopeOf(site, filters),
  quests: await getPopularQuests(user, site, filters.from, filters.to),
}));
