import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import type { CalibrationBand } from '@/lib/risk/calibration';
import { db } from '@/lib/db';

export type RiskEvaluationView = {
  ranAt: string;
  modelVersion: string;
  source: 'known' | 'demo';
  horizonDays: number;
  students: number;
  dropouts: number;
  auc: number | null;
  precision: number | null;
  recall: number | null;
  recognitionAuc: number | null;
  calibration: CalibrationBand[];
};

/** The latest `risk-eval` run, for Admin; null when the model was never evaluated. */
export async function latestRiskEvaluation(user: SessionUser): Promise<RiskEvaluationView | null> {
  requireAdmin(user);
  const row = await db.riskEvaluation.findFirst({ orderBy: [{ ranAt: 'desc' }, { id: 'desc' }] });
  if (!row) return null;
  return {
    ranAt: row.ranAt.toISOString(),
    modelVersion: row.modelVersion,
    source: row.source === 'known' ? 'known' : 'demo',
    horizonDays: row.horizonDays,
    students: row.students,
    dropouts: row.dropouts,
    auc: row.auc,
    precision: row.precision,
    recall: row.recall,
    recognitionAuc: row.recognitionAuc,
    calibration: Array.isArray(row.calibration) ? (row.calibration as CalibrationBand[]) : [],
  };
}
