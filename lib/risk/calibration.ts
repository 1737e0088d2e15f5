// Calibration: the observed drop-out rate in each score band. A model whose "at risk" band holds
// as many drop-outs as its "minimal" band ranks nobody usefully, whatever its AUC. Pure.
import { LEVEL_KEYS, type RiskLevel, type RiskModel } from './config';
import type { Labelled } from './classifier-quality';
import { levelFor } from './levels';

export type CalibrationBand = {
  level: RiskLevel;
  from: number;
  to: number;
  students: number;
  dropouts: number;
  /** dropouts / students; null for an empty band. */
  rate: number | null;
};

export function calibration(items: readonly Labelled[], thresholds: RiskModel['thresholds']): CalibrationBand[] {
  const edges: Record<RiskLevel, [number, number]> = {
    minimal: [0, thresholds.minimal],
    moderate: [thresholds.minimal, thresholds.moderate],
    elevated: [thresholds.moderate, thresholds.elevated],
    at_risk: [thresholds.elevated, 1],
  };
  const bands = LEVEL_KEYS.map((level) => ({ level, from: edges[level][0], to: edges[level][1], students: 0, dropouts: 0 }));
  const index = new Map(bands.map((band) => [band.level, band]));
  for (const item of items) {
    const band = index.get(levelFor(item.score, thresholds)) as (typeof bands)[number];
    band.students++;
    if (item.positive) band.dropouts++;
  }
  return bands.map((band) => ({ ...band, rate: band.students === 0 ? null : band.dropouts / band.students }));
}
