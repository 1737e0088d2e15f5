// Scores students and stores RiskScore rows. History keeps ONE row per student per UTC day (the
// latest run that day replaces earlier ones), so an hourly schedule does not grow the table 24×.
import type { Db, Prisma } from '@/lib/db';
import { RISK_MODEL, type RiskModel } from './config';
import { loadRiskMetrics, type ScoredStudent } from './metrics';
import { assessRisk, assertValidModel, type RiskAssessment } from './score';

const DAY_MS = 86_400_000;

export type StudentScore = { userId: string; assessment: RiskAssessment };

/**
 * Every student whose account existed at `asOf` (or just `userIds`), scored from data before
 * asOf. Students whose tracked data was erased are left out (User.trackingErasedAt).
 */
export async function scoreStudents(db: Db, asOf: Date, options: { userIds?: string[]; model?: RiskModel } = {}): Promise<StudentScore[]> {
  const model = options.model ?? RISK_MODEL;
  assertValidModel(model);
  const students: ScoredStudent[] = await db.user.findMany({
    where: {
      role: 'STUDENT',
      createdAt: { lte: asOf },
      trackingErasedAt: null,
      ...(options.userIds ? { id: { in: options.userIds } } : {}),
    },
    select: { id: true, createdAt: true },
    orderBy: { id: 'asc' },
  });
  const metrics = await loadRiskMetrics(db, students, asOf, model);
  return students.flatMap((student) => {
    const measured = metrics.get(student.id);
    return measured ? [{ userId: student.id, assessment: assessRisk(measured, model) }] : [];
  });
}

/** Stores scores computed at `computedAt`, replacing the same students' rows from that UTC day. */
export async function storeRiskScores(db: Db, scores: readonly StudentScore[], computedAt: Date): Promise<number> {
  const dayStart = new Date(Math.floor(computedAt.getTime() / DAY_MS) * DAY_MS);
  const dayEnd = new Date(dayStart.getTime() + DAY_MS);
  for (let i = 0; i < scores.length; i += 500) {
    const chunk = scores.slice(i, i + 500);
    const rows: Prisma.RiskScoreCreateManyInput[] = chunk.map(({ userId, assessment }) => ({
      userId,
      computedAt,
      score: assessment.score,
      level: assessment.level,
      factors: assessment.factors as unknown as Prisma.InputJsonValue,
      modelVersion: assessment.modelVersion,
    }));
    await db.$transaction([
      db.riskScore.deleteMany({ where: { userId: { in: chunk.map((score) => score.userId) }, computedAt: { gte: dayStart, lt: dayEnd } } }),
      db.riskScore.createMany({ data: rows }),
    ]);
  }
  return scores.length;
}

export type RiskRunSummary = { scored: number; backfilledDays: number; levels: Record<string, number>; modelVersion: string };

/**
 * Today's scores as of `now`; with `backfillDays`, also one score per past day (as of that day's
 * end, from the data before it), so a fresh install has a risk history to draw.
 */
export async function runRiskScoring(
  db: Db,
  options: { now: Date; backfillDays?: number; model?: RiskModel; log?: (line: string) => void },
): Promise<RiskRunSummary> {
  const model = options.model ?? RISK_MODEL;
  const backfill = Math.max(0, Math.floor(options.backfillDays ?? 0));
  const today = Math.floor(options.now.getTime() / DAY_MS) * DAY_MS;
  for (let daysAgo = backfill; daysAgo >= 1; daysAgo--) {
    const endOfDay = new Date(today - (daysAgo - 1) * DAY_MS - 1000);
    const stored = await storeRiskScores(db, await scoreStudents(db, endOfDay, { model }), endOfDay);
    options.log?.(`backfilled ${endOfDay.toISOString().slice(0, 10)}: ${stored} students`);
  }
  const scores = await scoreStudents(db, options.now, { model });
  await storeRiskScores(db, scores, options.now);
  const levels: Record<string, number> = { minimal: 0, moderate: 0, elevated: 0, at_risk: 0 };
  for (const { assessment } of scores) levels[assessment.level] = (levels[assessment.level] ?? 0) + 1;
  return { scored: scores.length, backfilledDays: backfill, levels, modelVersion: model.version };
}
