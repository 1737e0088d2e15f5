// The five factors: raw measurements → a normalised 0–1 value where 1 is the WORST (most risk).
// Pure functions, so each rule is unit-tested on its own, edge cases included.
import type { FactorKey, RiskModel } from './config';

const DAY_MS = 86_400_000;

/** What the model reads about one student, measured as of `asOf` from data before it only. */
export type RiskMetrics = {
  asOf: Date;
  createdAt: Date;
  /** End of the last signed-in session before asOf; null if never active. */
  lastActiveAt: Date | null;
  /** Trusted login_success events in the login window. */
  logins: number;
  /** Trusted quest_started / quest_completed events in the completion window. */
  questsStarted: number;
  questsCompleted: number;
  /** Signed-in sessions started in the session window, and their total length (cut at asOf). */
  sessions: number;
  sessionMs: number;
  /** Consecutive active days ending on asOf's day or the day before. */
  streakDays: number;
};

export type FactorResult = {
  key: FactorKey;
  /** The measurement in its own unit (days, logins per week, share, minutes, days); null = no data. */
  raw: number | null;
  normalised: number;
  weight: number;
  contribution: number;
  /** Why the value is what it is, when that is not obvious (no history, unknown, …). */
  note?: string;
};

export const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
export const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places;

export function normaliseDaysInactive(days: number, fullRiskAfter: number): number {
  return round(clamp01(days / fullRiskAfter));
}

export function normaliseLoginFrequency(perWeek: number, target: number): number {
  return round(1 - clamp01(perWeek / target));
}

/** `rate` null means no quest started or completed in the window: neither good nor bad news. */
export function normaliseQuestCompletion(rate: number | null, unknown: number): number {
  return round(rate === null ? unknown : 1 - clamp01(rate));
}

/** No sessions at all counts as the worst: nothing was spent learning. */
export function normaliseSessionDuration(averageMinutes: number | null, target: number): number {
  return round(averageMinutes === null ? 1 : 1 - clamp01(averageMinutes / target));
}

export function normaliseStreak(days: number, target: number): number {
  return round(1 - clamp01(days / target));
}

/** Whole days between two moments, never negative. */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** Days of the window the student could have logged in: a new account is not judged on 14 days. */
export function observedDays(createdAt: Date, asOf: Date, windowDays: number): number {
  const tenure = Math.ceil((asOf.getTime() - createdAt.getTime()) / DAY_MS);
  return Math.min(windowDays, Math.max(1, tenure));
}

type Raw = { raw: number | null; normalised: number; note?: string };

/** Raw and normalised values of every factor, before weighting. */
export function measureFactors(metrics: RiskMetrics, model: RiskModel): Record<FactorKey, Raw> {
  const w = model.windows;
  const neverActive = metrics.lastActiveAt === null;
  const inactive = wholeDaysBetween(metrics.lastActiveAt ?? metrics.createdAt, metrics.asOf);
  const loginsPerWeek = round((metrics.logins / observedDays(metrics.createdAt, metrics.asOf, w.loginWindowDays)) * 7, 2);
  const touched = Math.max(metrics.questsStarted, metrics.questsCompleted);
  const completion = touched === 0 ? null : round(clamp01(metrics.questsCompleted / touched), 4);
  const minutes = metrics.sessions === 0 ? null : round(metrics.sessionMs / metrics.sessions / 60_000, 1);
  return {
    daysInactive: {
      raw: inactive,
      normalised: normaliseDaysInactive(inactive, w.inactiveDaysForFullRisk),
      note: neverActive ? 'Never active: counted from the day the account was created.' : undefined,
    },
    loginFrequency: { raw: loginsPerWeek, normalised: normaliseLoginFrequency(loginsPerWeek, w.targetLoginsPerWeek) },
    questCompletion: {
      raw: completion,
      normalised: normaliseQuestCompletion(completion, w.completionUnknown),
      note: completion === null ? `No quest started or finished in ${w.completionWindowDays} days: counted as neutral.` : undefined,
    },
    sessionDuration: {
      raw: minutes,
      normalised: normaliseSessionDuration(minutes, w.targetSessionMinutes),
      note: minutes === null ? `No sessions in ${w.sessionWindowDays} days.` : undefined,
    },
    streak: { raw: metrics.streakDays, normalised: normaliseStreak(metrics.streakDays, w.targetStreakDays) },
  };
}
