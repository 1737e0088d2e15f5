// Chooses windows and normalisation targets on the TUNE half only (the factor weights stay as
// configured). The hold-out half is never looked at here; `risk-eval --tune` reports the winner on it
// only after the choice is made, so that figure is an honest out-of-sample one.
import type { Db } from '@/lib/db';
import { RISK_MODEL, type RiskModel } from './config';
import { auc, confusion } from './classifier-quality';
import { loadEvalCohort, scoreCohort, type EvalCohort } from './evaluation';

/** Windows that change what is counted: each combination needs its own read of the data. */
export const COUNTING_GRID = {
  loginWindowDays: [7, 14, 21],
  completionWindowDays: [14, 21, 30],
  sessionWindowDays: [7, 14],
} as const;

/** Targets that only change the maths: searched in memory for each counting combination. */
export const TARGET_GRID = {
  inactiveDaysForFullRisk: [5, 7, 10, 14, 21],
  targetLoginsPerWeek: [1, 2, 3, 4],
  targetSessionMinutes: [5, 10, 15, 20],
  targetStreakDays: [2, 3, 5, 7],
  completionUnknown: [0.3, 0.5, 0.7],
} as const;

export type TuningResult = { model: RiskModel; tuneAuc: number; tuneF1: number; candidates: number };

/** AUC first; F1 at the at_risk threshold breaks near-ties so the bands stay meaningful. */
const objective = (result: { tuneAuc: number; tuneF1: number }) => result.tuneAuc + 0.1 * result.tuneF1;

function* targetModels(base: RiskModel): Generator<RiskModel> {
  const g = TARGET_GRID;
  for (const inactiveDaysForFullRisk of g.inactiveDaysForFullRisk)
    for (const targetLoginsPerWeek of g.targetLoginsPerWeek)
      for (const targetSessionMinutes of g.targetSessionMinutes)
        for (const targetStreakDays of g.targetStreakDays)
          for (const completionUnknown of g.completionUnknown) {
            yield {
              ...base,
              windows: {
                ...base.windows,
                inactiveDaysForFullRisk,
                targetLoginsPerWeek,
                targetSessionMinutes,
                targetStreakDays,
                completionUnknown,
              },
            };
          }
}

/** Best target settings for one cohort read (its counting windows fixed), on its tune half. */
export function searchTargets(cohort: EvalCohort, base: RiskModel): TuningResult {
  const tuneHalf: EvalCohort = { ...cohort, students: cohort.students.filter((student) => student.split === 'tune') };
  let best: TuningResult | null = null;
  let candidates = 0;
  for (const model of targetModels(base)) {
    candidates++;
    const items = scoreCohort(tuneHalf, model);
    const result = { model, tuneAuc: auc(items), tuneF1: confusion(items, (score) => score > model.thresholds.elevated).f1, candidates: 0 };
    if (!best || objective(result) > objective(best)) best = result;
  }
  if (!best) throw new Error('empty tuning grid');
  return { ...best, candidates };
}

export async function tuneOnTuneHalf(db: Db, horizonDays: number, base: RiskModel = RISK_MODEL): Promise<TuningResult> {
  let best: TuningResult | null = null;
  let candidates = 0;
  const g = COUNTING_GRID;
  for (const loginWindowDays of g.loginWindowDays)
    for (const completionWindowDays of g.completionWindowDays)
      for (const sessionWindowDays of g.sessionWindowDays) {
        const model: RiskModel = {
          ...base,
          version: `${base.version}-tuned`,
          windows: { ...base.windows, loginWindowDays, completionWindowDays, sessionWindowDays },
        };
        const result = searchTargets(await loadEvalCohort(db, { horizonDays, model }), model);
        candidates += result.candidates;
        if (!best || objective(result) > objective(best)) best = result;
      }
  if (!best) throw new Error('empty tuning grid');
  return { ...best, candidates };
}
