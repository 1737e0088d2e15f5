// Score → level, and the words the UI uses for each level. Client-safe.
import { LEVEL_KEYS, RISK_MODEL, type RiskLevel, type RiskModel } from './config';

export type LevelInfo = { key: RiskLevel; label: string; range: string; description: string; tone: 'good' | 'ok' | 'warn' | 'bad' };

/** Seed 001's bands, named by engagement: the higher the risk score, the lower the engagement. */
export function levelInfo(thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds): Record<RiskLevel, LevelInfo> {
  const { high, medium, low } = thresholds;
  return {
    high: {
      key: 'high',
      label: 'High engagement',
      range: `score < ${high}`,
      description: 'Active, regular and finishing quests.',
      tone: 'good',
    },
    medium: {
      key: 'medium',
      label: 'Medium engagement',
      range: `${high}–${medium}`,
      description: 'Some signs of slowing down.',
      tone: 'ok',
    },
    low: { key: 'low', label: 'Low engagement', range: `${medium}–${low}`, description: 'Slipping: worth a check-in.', tone: 'warn' },
    at_risk: { key: 'at_risk', label: 'At risk', range: `score > ${low}`, description: 'Likely to drop out without help.', tone: 'bad' },
  };
}

export const LEVELS = levelInfo();

/** high < 0.3 ≤ medium < 0.6 ≤ low ≤ 0.8 < at_risk (seed 001: at_risk is strictly above 0.8). */
export function levelFor(score: number, thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds): RiskLevel {
  if (!Number.isFinite(score)) throw new RangeError(`risk score must be a finite number, got ${score}`);
  if (score < thresholds.high) return 'high';
  if (score < thresholds.medium) return 'medium';
  if (score <= thresholds.low) return 'low';
  return 'at_risk';
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (LEVEL_KEYS as readonly string[]).includes(value);
}

/** Levels from least to most at risk, for filters and legends. */
export const LEVEL_ORDER: readonly RiskLevel[] = LEVEL_KEYS;
