// Score → level, and the words the UI uses for each level. Client-safe.
import { LEVEL_KEYS, RISK_MODEL, type RiskLevel, type RiskModel } from './config';

export type LevelInfo = { key: RiskLevel; label: string; range: string; description: string; tone: 'good' | 'ok' | 'warn' | 'bad' };

export function levelInfo(thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds): Record<RiskLevel, LevelInfo> {
  const { minimal, moderate, elevated } = thresholds;
  return {
    minimal: {
      key: 'minimal',
      label: 'Minimal risk',
      range: `score < ${minimal}`,
      description: 'Active, regular and finishing quests.',
      tone: 'good',
    },
    moderate: {
      key: 'moderate',
      label: 'Moderate risk',
      range: `${minimal}–${moderate}`,
      description: 'Some signs of slowing down.',
      tone: 'ok',
    },
    elevated: {
      key: 'elevated',
      label: 'Elevated risk',
      range: `${moderate}–${elevated}`,
      description: 'Slipping: worth a check-in.',
      tone: 'warn',
    },
    at_risk: {
      key: 'at_risk',
      label: 'At risk',
      range: `score > ${elevated}`,
      description: 'Likely to drop out without help.',
      tone: 'bad',
    },
  };
}

export const LEVELS = levelInfo();

/** minimal < 0.3 ≤ moderate < 0.6 ≤ elevated ≤ 0.8 < at_risk: at_risk is strictly above its threshold. */
export function levelFor(score: number, thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds): RiskLevel {
  if (!Number.isFinite(score)) throw new RangeError(`risk score must be a finite number, got ${score}`);
  if (score < thresholds.minimal) return 'minimal';
  if (score < thresholds.moderate) return 'moderate';
  if (score <= thresholds.elevated) return 'elevated';
  return 'at_risk';
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (LEVEL_KEYS as readonly string[]).includes(value);
}

/** Levels from least to most at risk, for filters and legends. */
export const LEVEL_ORDER: readonly RiskLevel[] = LEVEL_KEYS;
