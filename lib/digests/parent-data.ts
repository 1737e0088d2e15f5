// What one parent's weekly summary says about each of THEIR children (the same rule as the child
// page, lib/access-where.ts), in the child page's words: learning rhythm, time learning this week,
// what they finished, days in a row; and, when a child has just become at risk, a gentle note with
// conversation starters for the factors that weigh most.
import { visibleStudentsWhere } from '@/lib/access-where';
import type { Db } from '@/lib/db';
import { readActivity } from '@/lib/learning/activity';
import { learningRhythm, type Rhythm } from '@/lib/learning/rhythm';
import { currentStreak, dayNumber } from '@/lib/learning/streak';
import { heaviestFactors } from './factor-words';
import { weeklyChanges } from './instructor-data';
import { startersFor } from './starters';
import { EN_MAIL_TEXT, type MailText } from './mail-text';
import { weekStart } from './week';

export type ChildWeek = {
  id: string;
  name: string;
  rhythm: Rhythm;
  minutesThisWeek: number;
  finished: string[];
  streak: number;
  /** Only when the child became at risk this week. */
  starters: string[] | null;
};

/** The conversation starters are in `text`'s language (the parent's). */
export async function parentDigest(db: Db, parentId: string, now: Date, text: MailText = EN_MAIL_TEXT): Promise<ChildWeek[]> {
  const scope = visibleStudentsWhere({ id: parentId, role: 'PARENT' });
  // The past seven days, so a Monday summary is not about a week only hours old.
  const since = new Date(Math.min(weekStart(now).getTime(), now.getTime() - 7 * 86_400_000));
  const [children, changes] = await Promise.all([
    db.user.findMany({ where: scope, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    weeklyChanges(db, scope, now),
  ]);
  const newlyAtRisk = new Map(changes.filter((item) => item.change === 'newly_at_risk').map((item) => [item.score.userId, item.score]));
  return Promise.all(
    children.map(async (child) => {
      const [overall, week, finished] = await Promise.all([
        readActivity(db, child.id),
        readActivity(db, child.id, since),
        db.enrollment.findMany({
          where: { userId: child.id, status: 'COMPLETED', completedAt: { gte: since, lte: now }, course: { kind: 'QUEST' } },
          orderBy: { completedAt: 'desc' },
          select: { course: { select: { title: true } } },
        }),
      ]);
      const risk = newlyAtRisk.get(child.id);
      return {
        id: child.id,
        name: child.name,
        rhythm: learningRhythm(overall.lastActiveAt, now, undefined, overall.timeZone),
        minutesThisWeek: Math.round(week.totalMs / 60_000),
        finished: finished.map((row) => row.course.title),
        streak: currentStreak(overall.days, dayNumber(now, overall.timeZone)),
        starters: risk
          ? startersFor(
              heaviestFactors(risk.factors).map((factor) => factor.key),
              3,
              text.in('email'),
            )
          : null,
      };
    }),
  );
}
