// `risk-eval`: the model against known outcomes, without leakage. The figure that counts is
// PREDICTION: each student is scored at their own cut-off `horizonDays` before their outcome
// (lib/risk/cutoffs.ts), from data before it only. The old single cut-off (everyone scored once,
// `horizonDays` before the latest outcome) is kept as "recognition": it mostly spots students who
// had already left. Students are split by id hash; only the hold-out half is the model's quality.
import type { Db } from '@/lib/db';
import { DEFAULT_AT_RISK_THRESHOLD, RISK_MODEL, type RiskModel } from './config';
import { auc, confusion, type Confusion, type Labelled } from './classifier-quality';
import { calibration, type CalibrationBand } from './calibration';
import { byCutoff, planCutoffs, type KnownOutcome } from './cutoffs';
import { loadRiskMetrics } from './metrics';
import type { RiskMetrics } from './factors';
import { assessRisk } from './score';
import { splitOf, type Split } from './split';

const DAY_MS = 86_400_000;

/** known: the platform's own StudentOutcome rows; demo: the seed's planted LearningOutcome rows. */
export type OutcomeSource = 'known' | 'demo';
export type EvalMode = 'prediction' | 'recognition';
export type EvalStudent = Labelled & { userId: string; split: Split };

export type EvalCohort = {
  source: OutcomeSource;
  mode: EvalMode;
  horizonDays: number;
  /** Earliest and latest cut-off used. */
  cutoffs: { first: Date; last: Date } | null;
  metrics: Map<string, RiskMetrics>;
  students: Array<Omit<EvalStudent, 'score'>>;
};

export type SplitReport = {
  students: number;
  dropouts: number;
  auc: number;
  atRisk: Confusion;
  atThreshold: Confusion;
  calibration: CalibrationBand[];
};

/** The platform's own outcomes when it has any, else the demo's planted ones. */
export async function loadOutcomes(db: Db): Promise<{ source: OutcomeSource; outcomes: KnownOutcome[] }> {
  const student = { user: { role: 'STUDENT' as const } };
  const known = await db.studentOutcome.findMany({
    where: student,
    select: { userId: true, droppedOut: true, at: true, user: { select: { createdAt: true } } },
  });
  if (known.length > 0)
    return {
      source: 'known',
      outcomes: known.map((row) => ({ userId: row.userId, droppedOut: row.droppedOut, at: row.at, createdAt: row.user.createdAt })),
    };
  const demo = await db.learningOutcome.findMany({
    where: student,
    select: { userId: true, droppedOut: true, droppedAt: true, recordedAt: true, user: { select: { createdAt: true } } },
  });
  return {
    source: 'demo',
    outcomes: demo.map((row) => ({
      userId: row.userId,
      droppedOut: row.droppedOut,
      at: row.droppedOut && row.droppedAt ? row.droppedAt : row.recordedAt,
      createdAt: row.user.createdAt,
    })),
  };
}

/** Loads the labelled cohort and each student's metrics as of their cut-off (scoring is in memory). */
export async function loadEvalCohort(db: Db, options: { horizonDays: number; model?: RiskModel; mode?: EvalMode }): Promise<EvalCohort> {
  const { source, outcomes } = await loadOutcomes(db);
  if (outcomes.length === 0)
    throw new Error(
      'No known outcomes to evaluate against. Import some (npm run import -- --outcomes FILE.csv), record them on students’ pages, or seed the demo: npm run seed.',
    );
  const mode = options.mode ?? 'prediction';
  const model = options.model ?? RISK_MODEL;
  const plans =
    mode === 'prediction'
      ? planCutoffs(outcomes, options.horizonDays)
      : singleCutoff(outcomes, options.horizonDays).filter((plan) => plan.createdAt < plan.cutoff);
  const created = new Map(outcomes.map((outcome) => [outcome.userId, outcome.createdAt]));
  const metrics = new Map<string, RiskMetrics>();
  for (const [at, group] of byCutoff(plans)) {
    const students = group.map((plan) => ({ id: plan.userId, createdAt: created.get(plan.userId) as Date }));
    for (const [id, value] of await loadRiskMetrics(db, students, new Date(at), model)) metrics.set(id, value);
  }
  const times = plans.map((plan) => plan.cutoff.getTime());
  return {
    source,
    mode,
    horizonDays: options.horizonDays,
    cutoffs: times.length ? { first: new Date(Math.min(...times)), last: new Date(Math.max(...times)) } : null,
    metrics,
    students: plans.map((plan) => ({ userId: plan.userId, positive: plan.positive, split: splitOf(plan.userId) })),
  };
}

/** Recognition: everyone at one cut-off before the latest outcome, whenever they left. */
function singleCutoff(outcomes: readonly KnownOutcome[], horizonDays: number) {
  const observedAt = Math.max(...outcomes.map((outcome) => outcome.at.getTime()));
  const cutoff = new Date(observedAt - horizonDays * DAY_MS);
  return outcomes.map((outcome) => ({ userId: outcome.userId, positive: outcome.droppedOut, cutoff, createdAt: outcome.createdAt }));
}

/** Scores the cohort with `model` (windows and weights). */
export function scoreCohort(cohort: EvalCohort, model: RiskModel = RISK_MODEL): EvalStudent[] {
  return cohort.students.map((student) => ({
    ...student,
    score: assessRisk(cohort.metrics.get(student.userId) as RiskMetrics, model).score,
  }));
}

export function reportFor(items: readonly EvalStudent[], model: RiskModel = RISK_MODEL): SplitReport {
  return {
    students: items.length,
    dropouts: items.filter((item) => item.positive).length,
    auc: auc(items),
    atRisk: confusion(items, (score) => score > model.thresholds.elevated),
    atThreshold: confusion(items, (score) => score >= DEFAULT_AT_RISK_THRESHOLD),
    calibration: calibration(items, model.thresholds),
  };
}
