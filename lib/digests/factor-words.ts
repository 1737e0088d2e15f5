// A score's two heaviest factors in plain words, for people reading a mail rather than a table:
// "no activity for 12 days; 0 logins in 3 weeks". Pure.
import { RISK_MODEL, type FactorKey, type RiskModel } from '@/lib/risk/config';
import type { FactorResult } from '@/lib/risk/factors';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function span(days: number): string {
  return days % 7 === 0 ? plural(days / 7, 'week') : plural(days, 'day');
}

export function factorInWords(factor: Pick<FactorResult, 'key' | 'raw'>, model: RiskModel = RISK_MODEL): string {
  const w = model.windows;
  const raw = factor.raw;
  switch (factor.key) {
    case 'daysInactive':
      return raw === null || raw === 0 ? 'active today' : `no activity for ${plural(raw, 'day')}`;
    case 'loginFrequency': {
      const logins = Math.round(((raw ?? 0) * w.loginWindowDays) / 7);
      return `${plural(logins, 'login')} in ${span(w.loginWindowDays)}`;
    }
    case 'questCompletion':
      return raw === null
        ? `no quest started in ${span(w.completionWindowDays)}`
        : `finished ${Math.round(raw * 100)}% of the quests started in ${span(w.completionWindowDays)}`;
    case 'sessionDuration':
      return raw === null ? `no sessions in ${span(w.sessionWindowDays)}` : `sessions average ${raw} min`;
    case 'streak':
      return raw === null || raw === 0 ? 'no days in a row right now' : `${plural(raw, 'day')} in a row`;
  }
}

/** The factors that weigh most in this score (largest contribution first). */
export function heaviestFactors<T extends Pick<FactorResult, 'key' | 'contribution'>>(factors: readonly T[], count = 2): T[] {
  return [...factors].sort((a, b) => b.contribution - a.contribution || a.key.localeCompare(b.key)).slice(0, count);
}

export function heaviestInWords(factors: readonly FactorResult[], model: RiskModel = RISK_MODEL): string {
  return heaviestFactors(factors)
    .map((factor) => factorInWords(factor, model))
    .join('; ');
}

export type { FactorKey };
