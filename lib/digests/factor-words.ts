// A score's two heaviest factors in plain words, for people reading a mail rather than a table:
// "no activity for 12 days; 0 logins in 3 weeks" / "已经 12 天没有学习；3 周内一次也没有登录".
// Each factor is one whole phrase in the catalogue (risk.words), so Chinese word order is
// Chinese, not English with the words swapped. `t` is over the `risk` namespace; English by default. Pure.
import { RISK_MODEL, type FactorKey, type RiskModel } from '@/lib/risk/config';
import type { FactorResult } from '@/lib/risk/factors';
import { EN_FORMAT, EN_RISK_T } from '@/lib/risk/risk-text';
import type { Formatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';

export type RiskWords = { t: Translate; format: Formatter };
export const EN_RISK_WORDS: RiskWords = { t: EN_RISK_T, format: EN_FORMAT };

function span(days: number, t: Translate): string {
  return days % 7 === 0 ? t('words.weeks', { count: days / 7 }) : t('words.days', { count: days });
}

export function factorInWords(
  factor: Pick<FactorResult, 'key' | 'raw'>,
  model: RiskModel = RISK_MODEL,
  { t, format }: RiskWords = EN_RISK_WORDS,
): string {
  const w = model.windows;
  const raw = factor.raw;
  switch (factor.key) {
    case 'daysInactive':
      return raw === null || raw === 0 ? t('words.activeToday') : t('words.inactiveFor', { count: raw });
    case 'loginFrequency': {
      const logins = Math.round(((raw ?? 0) * w.loginWindowDays) / 7);
      return t('words.logins', { count: logins, span: span(w.loginWindowDays, t) });
    }
    case 'questCompletion':
      return raw === null
        ? t('words.noQuestStarted', { span: span(w.completionWindowDays, t) })
        : t('words.questsFinished', { percent: format.percent(raw, 0), span: span(w.completionWindowDays, t) });
    case 'sessionDuration':
      return raw === null
        ? t('words.noSessions', { span: span(w.sessionWindowDays, t) })
        : t('words.sessionAverage', { minutes: format.exact(raw) });
    case 'streak':
      return raw === null || raw === 0 ? t('words.noStreak') : t('words.streak', { count: raw });
  }
}

/** The factors that weigh most in this score (largest contribution first). */
export function heaviestFactors<T extends Pick<FactorResult, 'key' | 'contribution'>>(factors: readonly T[], count = 2): T[] {
  return [...factors].sort((a, b) => b.contribution - a.contribution || a.key.localeCompare(b.key)).slice(0, count);
}

export function heaviestInWords(factors: readonly FactorResult[], model: RiskModel = RISK_MODEL, words: RiskWords = EN_RISK_WORDS): string {
  return heaviestFactors(factors)
    .map((factor) => factorInWords(factor, model, words))
    .join(words.t('words.separator'));
}

export type { FactorKey };
