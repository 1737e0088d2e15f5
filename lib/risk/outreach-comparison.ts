// For `risk-eval`: of the students flagged at risk, how many came back (a signed-in session)
// within 14 days of their first flag, among those with a recorded outreach in that window and
// those without. DESCRIPTIVE only: staff choose whom to contact, so the groups differ in more
// than the outreach, and the comparison says nothing about what the outreach caused.
import type { Db } from '@/lib/db';

const DAY_MS = 86_400_000;
export const RETURN_WINDOW_DAYS = 14;
const CONTACTS = ['MESSAGED', 'CALLED_PARENT', 'MET'] as const;

export type GroupReturn = { students: number; cameBack: number; rate: number };
export type OutreachComparison = { windowDays: number; withOutreach: GroupReturn; withoutOutreach: GroupReturn; left: number };

export type FlagHistory = { flaggedAt: Date; outreachAt: Date[]; sessionsAt: Date[] };

const group = (items: boolean[]): GroupReturn => {
  const cameBack = items.filter(Boolean).length;
  return { students: items.length, cameBack, rate: items.length ? cameBack / items.length : Number.NaN };
};

/** Pure: students whose 14-day window has not ended by `now` are left out (counted in `left`). */
export function compareReturns(histories: readonly FlagHistory[], now: Date, windowDays = RETURN_WINDOW_DAYS): OutreachComparison {
  const within = (at: Date, from: Date) => at > from && at.getTime() <= from.getTime() + windowDays * DAY_MS;
  const complete = histories.filter((item) => item.flaggedAt.getTime() + windowDays * DAY_MS <= now.getTime());
  const outcome = (item: FlagHistory) => item.sessionsAt.some((at) => within(at, item.flaggedAt));
  const contacted = (item: FlagHistory) =>
    item.outreachAt.some((at) => at >= item.flaggedAt && within(at, new Date(item.flaggedAt.getTime() - 1)));
  return {
    windowDays,
    withOutreach: group(complete.filter(contacted).map(outcome)),
    withoutOutreach: group(complete.filter((item) => !contacted(item)).map(outcome)),
    left: histories.length - complete.length,
  };
}

export async function loadOutreachComparison(db: Db, now: Date): Promise<OutreachComparison> {
  const firstFlags = await db.riskScore.groupBy({
    by: ['userId'],
    where: { level: 'at_risk', user: { role: 'STUDENT' } },
    _min: { computedAt: true },
  });
  const histories: FlagHistory[] = [];
  for (let i = 0; i < firstFlags.length; i += 500) {
    const batch = firstFlags.slice(i, i + 500);
    const ids = batch.map((row) => row.userId);
    const [outreach, sessions] = await Promise.all([
      db.outreach.findMany({
        where: { studentId: { in: ids }, kind: { in: [...CONTACTS] } },
        select: { studentId: true, createdAt: true },
      }),
      db.session.findMany({
        where: { userId: { in: ids }, startedAt: { gte: new Date(Math.min(...batch.map((row) => row._min.computedAt!.getTime()))) } },
        select: { userId: true, startedAt: true },
      }),
    ]);
    for (const row of batch)
      histories.push({
        flaggedAt: row._min.computedAt!,
        outreachAt: outreach.filter((item) => item.studentId === row.userId).map((item) => item.createdAt),
        sessionsAt: sessions.filter((item) => item.userId === row.userId).map((item) => item.startedAt),
      });
  }
  return compareReturns(histories, now);
}

const pct = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value * 100)}%`);

export function describeComparison(report: OutreachComparison): string[] {
  const line = (label: string, g: GroupReturn) =>
    `  ${label}: ${g.cameBack} of ${g.students} came back within ${report.windowDays} days (${pct(g.rate)})`;
  return [
    `students flagged at risk, from their first flag (descriptive comparison, NOT a causal claim: staff choose whom to contact):`,
    line('with a recorded outreach', report.withOutreach),
    line('without', report.withoutOutreach),
    `  (${report.left} flagged too recently for a full ${report.windowDays}-day window, left out)`,
  ];
}
