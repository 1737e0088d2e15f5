// Score → level, and the words the UI uses for each level. Client-safe.
import type { Translate } from '@/lib/i18n/translate';
import { LEVEL_KEYS, RISK_MODEL, type RiskLevel, type RiskModel } from './config';
import { EN_RISK_T, levelTextIn } from './risk-text';

export type LevelInfo = { key: RiskLevel; label: string; range: string; description: string; tone: 'good' | 'ok' | 'warn' | 'bad' };

const TONES: Record<RiskLevel, LevelInfo['tone']> = { minimal: 'good', moderate: 'ok', elevated: 'warn', at_risk: 'bad' };

/** The levels' words in English; in any language with `t` over the `risk` namespace (see ./risk-text.ts). */
export function levelInfo(
  thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds,
  t: Translate = EN_RISK_T,
): Record<RiskLevel, LevelInfo> {
  const text = levelTextIn(t, thresholds);
  return Object.fromEntries(LEVEL_KEYS.map((key) => [key, { key, ...text[key], tone: TONES[key] }])) as Record<RiskLevel, LevelInfo>;
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
