import 'server-only';
import { db } from '@/lib/db';

export type LearnerActivity = {
  sessions: number;
  pageviews: number;
  activeMinutes: number;
  questsCompleted: number;
  badgesEarned: number;
  xpEarned: number;
  lastActiveAt: Date | null;
};

/** One learner's activity over the last `days` days, for the parent and student summary pages. */
export async function getLearnerActivity(userId: string, days: number): Promise<LearnerActivity> {
  const since = new Date(Date.now() - days * 86_400_000);
  const [sessions, pageviews, quests, badges, xp, last] = await Promise.all([
    db.session.aggregate({ where: { userId, startedAt: { gte: since } }, _count: { _all: true }, _sum: { durationMs: true } }),
    db.event.count({ where: { userId, type: 'pageview', timestamp: { gte: since } } }),
    db.enrollment.count({ where: { userId, status: 'COMPLETED', completedAt: { gte: since } } }),
    db.badgeAward.count({ where: { userId, awardedAt: { gte: since } } }),
    db.xpEntry.aggregate({ where: { userId, createdAt: { gte: since } }, _sum: { amount: true } }),
    db.session.findFirst({ where: { userId }, orderBy: { lastSeenAt: 'desc' }, select: { lastSeenAt: true } }),
  ]);
  return {
    sessions: sessions._count._all,
    pageviews,
    activeMinutes: Math.round((sessions._sum.durationMs ?? 0) / 60_000),
    questsCompleted: quests,
    badgesEarned: badges,
    xpEarned: xp._sum.amount ?? 0,
    lastActiveAt: last?.lastSeenAt ?? null,
  };
}
