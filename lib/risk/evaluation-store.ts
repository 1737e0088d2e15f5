// Each `risk-eval` run is kept (RiskEvaluation), so Admin can show the latest beside the model.
import type { Db } from '@/lib/db';
import type { OutcomeSource, SplitReport } from './evaluation';

const finite = (value: number) => (Number.isFinite(value) ? value : null);

export async function saveEvaluation(
  db: Db,
  run: { modelVersion: string; source: OutcomeSource; horizonDays: number; holdout: SplitReport; recognitionAuc: number; ranAt: Date },
): Promise<{ id: string }> {
  const { holdout } = run;
  return db.riskEvaluation.create({
    data: {
      ranAt: run.ranAt,
      modelVersion: run.modelVersion,
      source: run.source,
      horizonDays: run.horizonDays,
      students: holdout.students,
      dropouts: holdout.dropouts,
      auc: finite(holdout.auc),
      precision: finite(holdout.atRisk.precision),
      recall: finite(holdout.atRisk.recall),
      calibration: holdout.calibration,
      recognitionAuc: finite(run.recognitionAuc),
    },
    select: { id: true },
  });
}
