import 'server-only';
import { requireStaff, visibleCoursesWhere, type AuthorizedSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { questEventCounts } from '@/lib/learning/quest-event-counts';

export type PopularQuest = {
  id: string;
  slug: string;
  title: string;
  course: string | null;
  pillar: string | null;
  views: number;
  starts: number;
  completions: number;
  /** completions ÷ starts in the range, capped at 1; null without starts. */
  completionRate: number | null;
  /** views + 2·starts + 5·completions: a completion says more about a quest than a glance. */
  popularity: number;
};

export function popularity(views: number, starts: number, completions: number): number {
  return views + 2 * starts + 5 * completions;
}

/**
 * Quests of `site` with activity in [from, to), most popular first. Instructors see only the
 * quests of the courses they teach. Starts and completions count trusted events only.
 */
export async function getPopularQuests(user: SessionUser, site: AuthorizedSite, from: Date, to: Date): Promise<PopularQuest[]> {
  requireStaff(user);
  const [counts, quests] = await Promise.all([
    questEventCounts(site.id, from, to),
    db.course.findMany({
      where: { AND: [visibleCoursesWhere(user), { siteId: site.id }] },
      select: { id: true, slug: true, title: true, parent: { select: { title: true } }, pillar: { select: { name: true } } },
    }),
  ]);
  const bySlug = new Map(quests.map((quest) => [quest.slug, quest]));
  const totals = new Map<string, { views: number; starts: number; completions: number }>();
  for (const row of counts) {
    if (!bySlug.has(row.questSlug)) continue; // someone else's quest, or an id no quest has
    const entry = totals.get(row.questSlug) ?? { views: 0, starts: 0, completions: 0 };
    if (row.name === 'quest_viewed') entry.views += row.count;
    else if (row.name === 'quest_started') entry.starts += row.count;
    else entry.completions += row.count;
    totals.set(row.questSlug, entry);
  }
  return [...totals.entries()]
    .map(([slug, { views, starts, completions }]) => {
      const quest = bySlug.get(slug)!;
      return {
        id: quest.id,
        slug,
        title: quest.title,
        course: quest.parent?.title ?? null,
        pillar: quest.pillar?.name ?? null,
        views,
        starts,
        completions,
        completionRate: starts > 0 ? Math.min(1, Math.round((completions / starts) * 1000) / 1000) : null,
        popularity: popularity(views, starts, completions),
      };
    })
    .sort((a, b) => b.popularity - a.popularity || a.title.localeCompare(b.title));
}
