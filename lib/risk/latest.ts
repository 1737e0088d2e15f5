// Each student's most recent RiskScore, for any set of students (a where-clause on User), in two
// queries per 500 students: the latest computedAt per student, then exactly those rows.
import type { Db, Prisma } from '@/lib/db';
import { isRiskLevel, levelFor } from './levels';
import type { RiskLevel } from './config';
import type { FactorResult } from './factors';

export type LatestScore = {
  userId: string;
  score: number;
  level: RiskLevel;
  factors: FactorResult[];
  modelVersion: string;
  computedAt: Date;
};

/** `computedBefore` gives the latest score as things stood then (e.g. a week ago, for the digests). */
export async function latestScores(
  db: Db,
  users: Prisma.UserWhereInput,
  computedSince?: Date,
  computedBefore?: Date,
): Promise<LatestScore[]> {
  const computedAt = { ...(computedSince ? { gte: computedSince } : {}), ...(computedBefore ? { lt: computedBefore } : {}) };
  const newest = await db.riskScore.groupBy({
    by: ['userId'],
    where: { user: users, ...(computedSince || computedBefore ? { computedAt } : {}) },
    _max: { computedAt: true },
  });
  const result: LatestScore[] = [];
  for (let i = 0; i < newest.length; i += 500) {
    const latest = new Map(
      newest.slice(i, i + 500).flatMap((row) => (row._max.computedAt ? [[row.userId, row._max.computedAt.getTime()] as const] : [])),
    );
    if (latest.size === 0) continue;
    // One run scores everyone at the same instant, so the distinct "latest" times are few; an
    // IN on both columns uses the (userId, computedAt) index, then exact pairs are kept.
    const times = [...new Set(latest.values())].map((time) => new Date(time));
    const rows = await db.riskScore.findMany({
      where: { userId: { in: [...latest.keys()] }, computedAt: { in: times } },
      select: { userId: true, score: true, level: true, factors: true, modelVersion: true, computedAt: true },
    });
    for (const row of rows) {
      if (latest.get(row.userId) !== row.computedAt.getTime()) continue;
      result.push({
        ...row,
        level: isRiskLevel(row.level) ? row.level : levelFor(row.score),
        factors: Array.isArray(row.factors) ? (row.factors as unknown as FactorResult[]) : [],
      });
    }
  }
  return result;
}
