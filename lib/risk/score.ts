// Weighted sum of the normalised factors → one risk score and its level. Contributions are
// rounded first and the score is their sum, so the numbers an instructor sees add up exactly.
import { FACTOR_KEYS, RISK_MODEL, type RiskLevel, type RiskModel } from './config';
import { measureFactors, round, type FactorResult, type RiskMetrics } from './factors';
import { levelFor } from './levels';

export type RiskAssessment = {
  score: number;
  level: RiskLevel;
  factors: FactorResult[];
  modelVersion: string;
};

export function assessRisk(metrics: RiskMetrics, model: RiskModel = RISK_MODEL): RiskAssessment {
  const measured = measureFactors(metrics, model);
  const factors = FACTOR_KEYS.map((key): FactorResult => {
    const { raw, normalised, note } = measured[key];
    const weight = model.weights[key];
    const result: FactorResult = { key, raw, normalised, weight, contribution: round(weight * normalised) };
    if (note) result.note = note;
    return result;
  });
  // Summing in fixed order and rounding once more removes float noise (0.1 + 0.2 …).
  const score = round(
    Math.min(
      1,
      Math.max(
        0,
        factors.reduce((sum, factor) => sum + factor.contribution, 0),
      ),
    ),
  );
  return { score, level: levelFor(score, model.thresholds), factors, modelVersion: model.version };
}

/** Throws if the weights do not sum to 1: the score would leave 0–1 and the bands mean nothing. */
export function assertValidModel(model: RiskModel): void {
  const total = FACTOR_KEYS.reduce((sum, key) => sum + model.weights[key], 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`risk model ${model.version}: weights sum to ${total}, not 1`);
  const { minimal, moderate, elevated } = model.thresholds;
  if (!(0 < minimal && minimal < moderate && moderate < elevated && elevated < 1))
    throw new Error(`risk model ${model.version}: thresholds must rise within 0–1`);
}
