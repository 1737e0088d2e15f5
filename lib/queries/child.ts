import 'server-only';
import { requireVisibleStudent } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { learningRhythm, type Rhythm } from '@/lib/learning/rhythm';
import { currentStreak, dayNumber } from '@/lib/learning/streak';
import { activity, favouritePillar, xpByPillar, type PillarXp } from '@/lib/learning/summaries';
import { weekFloor } from '@/lib/sql/buckets';
import { UTC } from '@/lib/time/site-day';

export type ChildSummary = {
  rhythm: Rhythm;
  lastActiveAt: string | null;
  recentCompletions: Array<{ title: string; pillar: string | null; at: string }>;
  xpByPillar: PillarXp[];
  totalXp: number;
  minutesThisWeek: number;
  minutesOverall: number;
  favouritePillar: { name: string; xp: number } | null;
  currentStreak: number;
  questsCompleted: number;
  badges: Array<{ name: string; description: string | null; at: string }>;
  /** The child's site's time zone: dates on the page are that site's days. */
  timeZone: string;
};

/** Monday 00:00 (in `zone`, the child's site's) of the week containing `now`: "this week" in plain words. */
export function startOfWeek(now: Date, zone: string = UTC): Date {
  return weekFloor(now, zone);
}

/**
 * What a child is learning right now, for their parent (/children/[id]) and for themselves (/me).
 * Throws HttpError 404 unless `viewer` may see this student (a parent: only their own children).
 */
export async function getChildSummary(viewer: SessionUser, childId: string, now: Date = new Date()): Promise<ChildSummary> {
  await requireVisibleStudent(viewer, childId);
  const overall = await activity(childId);
  const [week, pillars, completions, completed, awards] = await Promise.all([
    activity(childId, startOfWeek(now, overall.timeZone)),
    xpByPillar(childId),
    db.enrollment.findMany({
      where: { userId: childId, status: 'COMPLETED', completedAt: { not: null }, course: { kind: 'QUEST' } },
      orderBy: { completedAt: 'desc' },
      take: 5,
      select: { completedAt: true, course: { select: { title: true, pillar: { select: { name: true } } } } },
    }),
    db.enrollment.count({ where: { userId: childId, status: 'COMPLETED', course: { kind: 'QUEST' } } }),
    db.badgeAward.findMany({
      where: { userId: childId },
      orderBy: { awardedAt: 'desc' },
      select: { awardedAt: true, badge: { select: { name: true, description: true } } },
    }),
  ]);
  const favourite = favouritePillar(pillars);
  return {
    rhythm: learningRhythm(overall.lastActiveAt, now, undefined, overall.timeZone),
    lastActiveAt: overall.lastActiveAt?.toISOString() ?? null,
    recentCompletions: completions.map((row) => ({
      title: row.course.title,
      pillar: row.course.pillar?.name ?? null,
      at: (row.completedAt as Date).toISOString(),
    })),
    xpByPillar: pillars,
    totalXp: pillars.reduce((sum, row) => sum + row.xp, 0),
    minutesThisWeek: Math.round(week.totalMs / 60_000),
    minutesOverall: Math.round(overall.totalMs / 60_000),
    favouritePillar: favourite ? { name: favourite.name, xp: favourite.xp } : null,
    currentStreak: currentStreak(overall.days, dayNumber(now, overall.timeZone)),
    questsCompleted: completed,
    badges: awards.map((award) => ({ name: award.badge.name, description: award.badge.description, at: award.awardedAt.toISOString() })),
    timeZone: overall.timeZone,
  };
}
