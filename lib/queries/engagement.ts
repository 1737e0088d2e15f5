import 'server-only';
import { requireStaff, requireVisibleStudent } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { currentStreak, dayNumber } from '@/lib/learning/streak';
import { LINKED_IDENTITIES } from '@/lib/ingest/identity-kind';
import { UTC, addDays, localDay } from '@/lib/time/site-day';

const DAY_MS = 86_400_000;

export type Engagement = {
  from: string;
  to: string;
  sessions: number;
  activeMinutes: number;
  averageSessionMinutes: number | null;
  activeDays: number;
  logins: number;
  questsStarted: number;
  questsCompleted: number;
  /** completed ÷ started in the range; null when nothing was started or completed. */
  completionRate: number | null;
  xpEarned: number;
  badgesEarned: number;
  lastActiveAt: string | null;
  currentStreak: number;
  /** The zone whose local days `daily`, active days and the streak count. */
  timeZone: string;
  /** One entry per local day of the range, for the activity chart. */
  daily: Array<{ day: string; minutes: number; sessions: number }>;
};

/**
 * One student's engagement over [from, to), days counted in `timeZone` (the zone of the site the
 * page is scoped to: lib/learning/view-zone.ts); throws HttpError 404 for a student `user` may not see.
 */
export async function getEngagement(
  user: SessionUser,
  studentId: string,
  from: Date,
  to: Date,
  now: Date = new Date(),
  timeZone: string = UTC,
): Promise<Engagement> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const learning = { userId: studentId, type: 'custom', trusted: true, timestamp: { gte: from, lt: to } } as const;
  const [sessions, logins, quests, xp, badges, last, recent] = await Promise.all([
    db.session.findMany({
      where: { userId: studentId, identity: { in: LINKED_IDENTITIES }, startedAt: { gte: from, lt: to } },
      select: { startedAt: true, durationMs: true },
    }),
    db.event.count({ where: { ...learning, name: 'login_success' } }),
    db.event.groupBy({ by: ['name'], where: { ...learning, name: { in: ['quest_started', 'quest_completed'] } }, _count: { _all: true } }),
    db.xpEntry.aggregate({ where: { userId: studentId, createdAt: { gte: from, lt: to } }, _sum: { amount: true } }),
    db.badgeAward.count({ where: { userId: studentId, awardedAt: { gte: from, lt: to } } }),
    db.session.aggregate({
      where: { userId: studentId, identity: { in: LINKED_IDENTITIES }, startedAt: { lt: now } },
      _max: { lastSeenAt: true },
    }),
    db.session.findMany({
      where: { userId: studentId, identity: { in: LINKED_IDENTITIES }, startedAt: { gte: new Date(now.getTime() - 60 * DAY_MS), lt: now } },
      select: { startedAt: true },
    }),
  ]);
  const started = quests.find((row) => row.name === 'quest_started')?._count._all ?? 0;
  const completed = quests.find((row) => row.name === 'quest_completed')?._count._all ?? 0;
  const totalMs = sessions.reduce((sum, session) => sum + session.durationMs, 0);
  const days = new Map<string, { minutes: number; sessions: number }>();
  const lastDay = localDay(timeZone, to.getTime() - 1);
  for (let day = localDay(timeZone, from); day <= lastDay; day = addDays(day, 1)) days.set(day, { minutes: 0, sessions: 0 });
  for (const session of sessions) {
    const entry = days.get(localDay(timeZone, session.startedAt));
    if (entry) {
      entry.minutes += session.durationMs / 60_000;
      entry.sessions++;
    }
  }
  const touched = Math.max(started, completed);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    sessions: sessions.length,
    activeMinutes: Math.round(totalMs / 60_000),
    averageSessionMinutes: sessions.length ? Math.round((totalMs / sessions.length / 60_000) * 10) / 10 : null,
    activeDays: [...days.values()].filter((day) => day.sessions > 0).length,
    logins,
    questsStarted: started,
    questsCompleted: completed,
    completionRate: touched ? Math.round((completed / touched) * 1000) / 1000 : null,
    xpEarned: xp._sum.amount ?? 0,
    badgesEarned: badges,
    lastActiveAt: last._max.lastSeenAt?.toISOString() ?? null,
    currentStreak: currentStreak(
      recent.map((session) => dayNumber(session.startedAt, timeZone)),
      dayNumber(now, timeZone),
    ),
    timeZone,
    daily: [...days.entries()].map(([day, value]) => ({
      day,
      minutes: Math.round(value.minutes),
      sessions: value.sessions,
    })),
  };
}
