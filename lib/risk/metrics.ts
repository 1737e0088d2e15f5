// Reads what the model needs for many students at once, as of a moment, from data BEFORE that
// moment only (the same code serves today's scores, backfilled history and the leak-free
// evaluation). A fixed handful of grouped queries per chunk of students, whatever the cohort size.
import type { Db } from '@/lib/db';
import { LINKED_IDENTITIES } from '@/lib/ingest/identity-kind';
import { currentStreak, dayNumber } from '@/lib/learning/streak';
import type { RiskModel } from './config';
import type { RiskMetrics } from './factors';

const DAY_MS = 86_400_000;
const CHUNK = 500;

export type ScoredStudent = { id: string; createdAt: Date };

export async function loadRiskMetrics(
  db: Db,
  students: readonly ScoredStudent[],
  asOf: Date,
  model: RiskModel,
): Promise<Map<string, RiskMetrics>> {
  const result = new Map<string, RiskMetrics>();
  for (let i = 0; i < students.length; i += CHUNK) {
    const chunk = students.slice(i, i + CHUNK);
    for (const [id, metrics] of await loadChunk(db, chunk, asOf, model)) result.set(id, metrics);
  }
  return result;
}

const since = (asOf: Date, days: number) => new Date(asOf.getTime() - days * DAY_MS);

async function loadChunk(db: Db, students: readonly ScoredStudent[], asOf: Date, model: RiskModel) {
  const w = model.windows;
  const ids = students.map((student) => student.id);
  const lookback = Math.max(w.sessionWindowDays, w.streakLookbackDays);
  const learning = { userId: { in: ids }, type: 'custom', trusted: true } as const;
  // Claimed sessions never carry a userId; the filter keeps that true even for rows written by
  // other means (imports, older code), so a forged uid can never move a risk score.
  const linked = { userId: { in: ids }, identity: { in: LINKED_IDENTITIES } };
  const [last, sessions, logins, quests] = await Promise.all([
    db.session.groupBy({ by: ['userId'], where: { ...linked, startedAt: { lt: asOf } }, _max: { lastSeenAt: true } }),
    db.session.findMany({
      where: { ...linked, startedAt: { gte: since(asOf, lookback), lt: asOf } },
      select: { userId: true, startedAt: true, durationMs: true },
    }),
    db.event.groupBy({
      by: ['userId'],
      where: { ...learning, name: 'login_success', timestamp: { gte: since(asOf, w.loginWindowDays), lt: asOf } },
      _count: { _all: true },
    }),
    db.event.groupBy({
      by: ['userId', 'name'],
      where: {
        ...learning,
        name: { in: ['quest_started', 'quest_completed'] },
        timestamp: { gte: since(asOf, w.completionWindowDays), lt: asOf },
      },
      _count: { _all: true },
    }),
  ]);

  const lastSeen = new Map(last.map((row) => [row.userId, row._max.lastSeenAt]));
  const loginCount = new Map(logins.map((row) => [row.userId, row._count._all]));
  const questCount = new Map(quests.map((row) => [`${row.userId}:${row.name}`, row._count._all]));
  const sessionStart = since(asOf, w.sessionWindowDays).getTime();
  const perUser = new Map<string, { count: number; ms: number; days: Set<number> }>();
  for (const session of sessions) {
    if (!session.userId) continue;
    const entry = perUser.get(session.userId) ?? { count: 0, ms: 0, days: new Set<number>() };
    entry.days.add(dayNumber(session.startedAt));
    if (session.startedAt.getTime() >= sessionStart) {
      entry.count++;
      // A session running past asOf only counts the part before it.
      entry.ms += Math.min(session.durationMs, asOf.getTime() - session.startedAt.getTime());
    }
    perUser.set(session.userId, entry);
  }

  return students.map((student): [string, RiskMetrics] => {
    const seen = lastSeen.get(student.id) ?? null;
    const activity = perUser.get(student.id);
    return [
      student.id,
      {
        asOf,
        createdAt: student.createdAt,
        lastActiveAt: seen ? new Date(Math.min(seen.getTime(), asOf.getTime())) : null,
        logins: loginCount.get(student.id) ?? 0,
        questsStarted: questCount.get(`${student.id}:quest_started`) ?? 0,
        questsCompleted: questCount.get(`${student.id}:quest_completed`) ?? 0,
        sessions: activity?.count ?? 0,
        sessionMs: activity?.ms ?? 0,
        streakDays: activity ? currentStreak(activity.days, dayNumber(asOf)) : 0,
      },
    ];
  });
}
