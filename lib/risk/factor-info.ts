// How each factor is named and its raw value written, for tables, tooltips and the API. Client-safe.
import { RISK_MODEL, type FactorKey, type RiskModel } from './config';

export type FactorInfo = { label: string; unit: string; explain: string };

export function factorInfo(model: RiskModel = RISK_MODEL): Record<FactorKey, FactorInfo> {
  const w = model.windows;
  return {
    daysInactive: {
      label: 'Days inactive',
      unit: 'days',
      explain: `Whole days since the last signed-in visit; ${w.inactiveDaysForFullRisk} or more counts as full risk.`,
    },
    loginFrequency: {
      label: 'Login frequency',
      unit: 'per week',
      explain: `Logins per week over the last ${w.loginWindowDays} days (or since joining); ${w.targetLoginsPerWeek}+ a week is no risk.`,
    },
    questCompletion: {
      label: 'Quest completion',
      unit: 'share',
      explain: `Quests completed ÷ quests started in the last ${w.completionWindowDays} days; none started counts as ${w.completionUnknown}.`,
    },
    sessionDuration: {
      label: 'Session length',
      unit: 'minutes',
      explain: `Average signed-in session over the last ${w.sessionWindowDays} days; ${w.targetSessionMinutes}+ minutes is no risk.`,
    },
    streak: {
      label: 'Streak',
      unit: 'days',
      explain: `Consecutive days with a visit, up to today or yesterday; ${w.targetStreakDays}+ days is no risk.`,
    },
  };
}

export const FACTOR_INFO = factorInfo();

/** "9 days", "1.5 / week", "67%", "12.3 min", "—" for no data. */
export function formatFactorRaw(key: FactorKey, raw: number | null): string {
  if (raw === null) return '—';
  switch (key) {
    case 'daysInactive':
    case 'streak':
      return `${raw} ${raw === 1 ? 'day' : 'days'}`;
    case 'loginFrequency':
      return `${raw} / week`;
    case 'questCompletion':
      return `${Math.round(raw * 100)}%`;
    case 'sessionDuration':
      return `${raw} min`;
  }
}
