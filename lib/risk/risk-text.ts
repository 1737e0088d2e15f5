// The risk model's words in the reader's language: factor names and explanations, raw values,
// the notes stored with a score, and the level names. `t` is a translator over the `risk`
// namespace (next-intl's useTranslations('risk') / getTranslations('risk') fit); the English
// defaults keep factor-info.ts and levels.ts exactly as they were. Client-safe and pure.
import enRisk from '@/lib/i18n/messages/en/risk.json';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import type { Translate } from '@/lib/i18n/translate';
import { FACTOR_KEYS, LEVEL_KEYS, RISK_MODEL, type FactorKey, type RiskLevel, type RiskModel } from './config';
import type { FactorResult } from './factors';

export type FactorInfo = { label: string; unit: string; explain: string };
export type LevelText = { label: string; range: string; description: string };

export const EN_RISK_T: Translate = plainTranslator('en', { risk: enRisk }, 'risk');
export const EN_FORMAT: Formatter = createFormatter('en');

/** Each factor's name, unit and one-sentence explanation, with the model's own windows and targets. */
export function factorInfoIn(t: Translate = EN_RISK_T, model: RiskModel = RISK_MODEL): Record<FactorKey, FactorInfo> {
  const w = model.windows;
  const values: Record<FactorKey, Record<string, number>> = {
    daysInactive: { full: w.inactiveDaysForFullRisk },
    loginFrequency: { window: w.loginWindowDays, target: w.targetLoginsPerWeek },
    questCompletion: { window: w.completionWindowDays, unknown: w.completionUnknown },
    sessionDuration: { window: w.sessionWindowDays, target: w.targetSessionMinutes },
    streak: { target: w.targetStreakDays },
  };
  return Object.fromEntries(
    FACTOR_KEYS.map((key) => [
      key,
      { label: t(`factors.${key}.label`), unit: t(`factors.${key}.unit`), explain: t(`factors.${key}.explain`, values[key]) },
    ]),
  ) as Record<FactorKey, FactorInfo>;
}

/** "9 days", "1.5 / week", "67%", "12.3 min" (zh-CN: "9 天", "每周 1.5 次", "67%", "12.3 分钟"); "—" for no data. */
export function formatFactorRawIn(key: FactorKey, raw: number | null, t: Translate = EN_RISK_T, format: Formatter = EN_FORMAT): string {
  if (raw === null) return t('raw.none');
  switch (key) {
    case 'daysInactive':
    case 'streak':
      return t('raw.days', { count: raw });
    case 'loginFrequency':
      return t('raw.perWeek', { value: format.exact(raw) });
    case 'questCompletion':
      return format.percent(raw, 0);
    case 'sessionDuration':
      return t('raw.minutes', { value: format.exact(raw) });
  }
}

/**
 * The note of a stored factor in the reader's language. Scores keep their note in English (it is
 * written when the score is computed); which note it is follows from the factor and its value.
 */
export function factorNoteIn(factor: Pick<FactorResult, 'key' | 'raw' | 'note'>, t: Translate = EN_RISK_T, model: RiskModel = RISK_MODEL) {
  if (!factor.note) return undefined;
  const w = model.windows;
  if (factor.key === 'daysInactive') return t('notes.neverActive');
  if (factor.key === 'questCompletion' && factor.raw === null) return t('notes.noQuests', { days: w.completionWindowDays });
  if (factor.key === 'sessionDuration' && factor.raw === null) return t('notes.noSessions', { days: w.sessionWindowDays });
  return factor.note;
}

/** Each level's name, score range and description. */
export function levelTextIn(
  t: Translate = EN_RISK_T,
  thresholds: RiskModel['thresholds'] = RISK_MODEL.thresholds,
): Record<RiskLevel, LevelText> {
  return Object.fromEntries(
    LEVEL_KEYS.map((key) => [
      key,
      {
        label: t(`levels.${key}.label`),
        range: t(`levels.${key}.range`, thresholds),
        description: t(`levels.${key}.description`),
      },
    ]),
  ) as Record<RiskLevel, LevelText>;
}
