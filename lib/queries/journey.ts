import 'server-only';
import { requireStaff, requireVisibleStudent, visibleCoursesWhere } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { currentStreak, dayNumber, longestStreak } from '@/lib/learning/streak';
import { activity, favouritePillar, xpByPillar, type PillarXp } from '@/lib/learning/summaries';
import { LINKED_IDENTITIES } from '@/lib/ingest/identity-kind';

export type Milestone = {
  at: string;
  kind: 'joined' | 'first_visit' | 'first_quest' | 'quest_completed' | 'course_completed' | 'badge';
  title: string;
  /** The course, quest or badge the milestone is about (data), for pages that word the title themselves. */
  subject: string | null;
  detail: string | null;
};

export type Journey = {
  joinedAt: string;
  firstVisitAt: string | null;
  firstQuest: { title: string; at: string } | null;
  totals: { sessions: number; minutesOnPlatform: number; questsCompleted: number; badges: number; xp: number };
  currentStreak: number;
  longestStreak: number;
  favouritePillar: { name: string; xp: number } | null;
  xpByPillar: PillarXp[];
  /** Newest first. */
  milestones: Milestone[];
};

/**
 * A student's journey: first visit, first quest, completions, badges, streaks, time on platform
 * and favourite pillar. Course items are limited to the courses `user` may see (an instructor sees
 * their own courses' quests). Throws HttpError 404 for a student `user` may not see.
 */
export async function getJourney(user: SessionUser, studentId: string, now: Date = new Date()): Promise<Journey> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const courses = visibleCoursesWhere(user);
  const [person, visits, pillars, firstQuest, completions, awards] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: studentId }, select: { createdAt: true } }),
    activity(studentId),
    xpByPillar(studentId),
    db.enrollment.findFirst({
      where: { userId: studentId, startedAt: { not: null }, course: { AND: [courses, { kind: 'QUEST' }] } },
      orderBy: { startedAt: 'asc' },
      select: { startedAt: true, course: { select: { title: true } } },
    }),
    db.enrollment.findMany({
      where: { userId: studentId, status: 'COMPLETED', completedAt: { not: null }, course: courses },
      select: { completedAt: true, course: { select: { title: true, kind: true, pillar: { select: { name: true } } } } },
    }),
    db.badgeAward.findMany({
      where: { userId: studentId },
      select: { awardedAt: true, badge: { select: { name: true, description: true } } },
    }),
  ]);
  const firstVisit = await db.session.findFirst({
    where: { userId: studentId, identity: { in: LINKED_IDENTITIES } },
    orderBy: { startedAt: 'asc' },
    select: { startedAt: true },
  });

  const milestones: Milestone[] = [{ at: person.createdAt.toISOString(), kind: 'joined', title: 'Joined', subject: null, detail: null }];
  if (firstVisit)
    milestones.push({ at: firstVisit.startedAt.toISOString(), kind: 'first_visit', title: 'First visit', subject: null, detail: null });
  if (firstQuest?.startedAt)
    milestones.push({
      at: firstQuest.startedAt.toISOString(),
      kind: 'first_quest',
      title: `Started a first quest: ${firstQuest.course.title}`,
      subject: firstQuest.course.title,
      detail: null,
    });
  for (const row of completions) {
    const kind = row.course.kind === 'COURSE' ? 'course_completed' : 'quest_completed';
    milestones.push({
      at: (row.completedAt as Date).toISOString(),
      kind,
      title: `Completed ${row.course.title}`,
      subject: row.course.title,
      detail: row.course.pillar?.name ?? null,
    });
  }
  for (const award of awards)
    milestones.push({
      at: award.awardedAt.toISOString(),
      kind: 'badge',
      title: `Earned the ${award.badge.name} badge`,
      subject: award.badge.name,
      detail: award.badge.description,
    });
  milestones.sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind));

  const favourite = favouritePillar(pillars);
  return {
    joinedAt: person.createdAt.toISOString(),
    firstVisitAt: firstVisit?.startedAt.toISOString() ?? null,
    firstQuest: firstQuest?.startedAt ? { title: firstQuest.course.title, at: firstQuest.startedAt.toISOString() } : null,
    totals: {
      sessions: visits.sessions,
      minutesOnPlatform: Math.round(visits.totalMs / 60_000),
      questsCompleted: completions.filter((row) => row.course.kind === 'QUEST').length,
      badges: awards.length,
      xp: pillars.reduce((sum, row) => sum + row.xp, 0),
    },
    // Today in the zone of the latest session's site, as the days themselves (lib/learning/activity.ts).
    currentStreak: currentStreak(visits.days, dayNumber(now, visits.timeZone)),
    longestStreak: longestStreak(visits.days),
    favouritePillar: favourite ? { name: favourite.name, xp: favourite.xp } : null,
    xpByPillar: pillars,
    milestones,
  };
}
