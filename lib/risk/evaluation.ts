// `risk-eval`: the model against known outcomes (LearningOutcome), without leakage. Scores are
// computed as of a CUT-OFF `horizonDays` before the outcomes were recorded, from data before the
// cut-off only; students created after it are left out. Students are split by id hash; only the
// hold-out half is reported as the model's quality (the tune half is where windows were chosen).
import type { Db } from '@/lib/db';
import { DEFAULT_AT_RISK_THRESHOLD, RISK_MODEL, type RiskModel } from './config';
import { auc, confusion, type Confusion, type Labelled } from './classifier-quality';
import { loadRiskMetrics } from './metrics';
import type { RiskMetrics } from './factors';
import { assessRisk } from './score';
import { splitOf, type Split } from './split';

const DAY_MS = 86_400_000;

export type EvalStudent = Labelled & { userId: string; split: Split; droppedBeforeCutoff: boolean };

export type EvalCohort = {
  cutoff: Date;
  observedAt: Date;
  horizonDays: number;
  metrics: Map<string, RiskMetrics>;
  students: Array<Omit<EvalStudent, 'score'>>;
};

export type SplitReport = {
  students: number;
  dropouts: number;
  auc: number;
  atRisk: Confusion;
  atThreshold: Confusion;
  /** AUC counting only drop-outs that happened AFTER the cut-off (pure prediction) vs all stayers. */
  predictionAuc: number;
  predictionDropouts: number;
};

/** Loads the labelled cohort and its metrics as of the cut-off (one pass; scoring is in memory). */
export async function loadEvalCohort(db: Db, options: { horizonDays: number; model?: RiskModel }): Promise<EvalCohort> {
  const outcomes = await db.learningOutcome.findMany({
    where: { user: { role: 'STUDENT' } },
    select: { userId: true, droppedOut: true, droppedAt: true, recordedAt: true, user: { select: { createdAt: true } } },
  });
  if (outcomes.length === 0)
    throw new Error('No known outcomes (LearningOutcome rows) to evaluate against. Seed the demo data first: npm run seed.');
  const observedAt = new Date(Math.max(...outcomes.map((outcome) => outcome.recordedAt.getTime())));
  const cutoff = new Date(observedAt.getTime() - options.horizonDays * DAY_MS);
  const present = outcomes.filter((outcome) => outcome.user.createdAt <= cutoff);
  const metrics = await loadRiskMetrics(
    db,
    present.map((outcome) => ({ id: outcome.userId, createdAt: outcome.user.createdAt })),
    cutoff,
    options.model ?? RISK_MODEL,
  );
  const students = present.map((outcome) => ({
    userId: outcome.userId,
    positive: outcome.droppedOut,
    split: splitOf(outcome.userId),
    droppedBeforeCutoff: outcome.droppedOut && outcome.droppedAt !== null && outcome.droppedAt < cutoff,
  }));
  return { cutoff, observedAt, horizonDays: options.horizonDays, metrics, students };
}

/** Scores the cohort with `model` (windows and weights) and measures each split. */
export function scoreCohort(cohort: EvalCohort, model: RiskModel = RISK_MODEL): EvalStudent[] {
  return cohort.students.map((student) => ({
    ...student,
    score: assessRisk(cohort.metrics.get(student.userId) as RiskMetrics, model).score,
  }));
}

export function reportFor(items: readonly EvalStudent[], model: RiskModel = RISK_MODEL): SplitReport {
  const prediction = items.filter((item) => !item.droppedBeforeCutoff);
  return {
    students: items.length,
    dropouts: items.filter((item) => item.positive).length,
    auc: auc(items),
    atRisk: confusion(items, (score) => score > model.thresholds.elevated),
    atThreshold: confusion(items, (score) => score >= DEFAULT_AT_RISK_THRESHOLD),
    predictionAuc: auc(prediction),
    predictionDropouts: prediction.filter((item) => item.positive).length,
  };
}
