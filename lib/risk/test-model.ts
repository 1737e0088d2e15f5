// A fixed model for tests, so the expected figures do not move when production windows are retuned.
import type { RiskModel } from './config';

export const TEST_MODEL: RiskModel = {
  version: 'test-model',
  weights: { daysInactive: 0.4, loginFrequency: 0.25, questCompletion: 0.2, sessionDuration: 0.1, streak: 0.05 },
  thresholds: { minimal: 0.3, moderate: 0.6, elevated: 0.8 },
  windows: {
    inactiveDaysForFullRisk: 10,
    loginWindowDays: 14,
    targetLoginsPerWeek: 2,
    completionWindowDays: 21,
    completionUnknown: 0.5,
    sessionWindowDays: 14,
    targetSessionMinutes: 10,
    targetStreakDays: 4,
    streakLookbackDays: 30,
  },
};
