// The at-risk model's configuration, in ONE place: factor weights, the windows and targets each
// factor is normalised against, the level thresholds and the model version stored with every
// score. Client-safe (no server imports), so the UI can explain the same numbers it shows.
//
// The score is a risk score: 0 = thriving, 1 = drifting away. Every factor is normalised so that
// 1 is the worst value, and the score is their weighted sum. The bands are named by how much risk
// they hold: minimal < 0.3 ≤ moderate < 0.6 ≤ elevated ≤ 0.8 < at_risk.

export const FACTOR_KEYS = ['daysInactive', 'loginFrequency', 'questCompletion', 'sessionDuration', 'streak'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** Least to most at risk. */
export const LEVEL_KEYS = ['minimal', 'moderate', 'elevated', 'at_risk'] as const;
export type RiskLevel = (typeof LEVEL_KEYS)[number];

export type RiskModel = {
  version: string;
  /** They sum to 1 so the score stays in 0–1. */
  weights: Record<FactorKey, number>;
  /** Upper bounds of the first three bands; above `elevated` is at_risk (strictly greater). */
  thresholds: { minimal: number; moderate: number; elevated: number };
  windows: {
    /** Days without activity at which the factor reaches 1 (full risk). */
    inactiveDaysForFullRisk: number;
    /** Logins are counted over this many days… */
    loginWindowDays: number;
    /** …and compared with this many per week (at or above it: no risk). */
    targetLoginsPerWeek: number;
    /** quest_started / quest_completed events are counted over this many days. */
    completionWindowDays: number;
    /** Normalised value when no quest was started or completed in the window (unknown, neutral). */
    completionUnknown: number;
    /** Signed-in sessions over this many days give the average session length… */
    sessionWindowDays: number;
    /** …compared with this many minutes (at or above it: no risk). */
    targetSessionMinutes: number;
    /** A streak of this many consecutive active days means no risk from this factor. */
    targetStreakDays: number;
    /** How far back activity days are read when measuring the current streak. */
    streakLookbackDays: number;
  };
};

/**
 * The production model. Windows and targets were chosen by `risk-eval --tune` on the TUNE half
 * (id hash even, lib/risk/split.ts) of a seed-2 cohort (150 students, 60 days) only; `risk-eval`
 * reports the other half, and other seeds' cohorts were never used for tuning.
 */
export const RISK_MODEL: RiskModel = {
  version: 'risk-v1',
  weights: { daysInactive: 0.4, loginFrequency: 0.25, questCompletion: 0.2, sessionDuration: 0.1, streak: 0.05 },
  thresholds: { minimal: 0.3, moderate: 0.6, elevated: 0.8 },
  windows: {
    inactiveDaysForFullRisk: 10,
    loginWindowDays: 21,
    targetLoginsPerWeek: 2,
    completionWindowDays: 14,
    completionUnknown: 0.5,
    sessionWindowDays: 14,
    targetSessionMinutes: 15,
    targetStreakDays: 2,
    streakLookbackDays: 30,
  },
};

/** The at-risk API's default threshold: students scoring at least this are listed. */
export const DEFAULT_AT_RISK_THRESHOLD = 0.7;
/** The at-risk API's default look-back: only scores computed in the last this-many days. */
export const DEFAULT_AT_RISK_DAYS = 30;

/** `risk-eval`'s default horizon: students are scored this many days before their outcome. */
export const EVAL_HORIZON_DAYS = 14;
/** Below this prediction AUC, Admin warns (the gate a widely used LMS applies before it enables its own dropout predictions). */
export const EVAL_WARNING_AUC = 0.7;
/** The goal for the prediction AUC (a goal to report against, never a figure to tune the seed towards). */
export const EVAL_TARGET_AUC = 0.8;
