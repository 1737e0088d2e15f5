import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  measureFactors,
  normaliseDaysInactive,
  normaliseLoginFrequency,
  normaliseQuestCompletion,
  normaliseSessionDuration,
  normaliseStreak,
  observedDays,
  wholeDaysBetween,
} from './factors';
import { TEST_MODEL } from './test-model';

describe('days inactive (1 = inactive for the full window or longer)', () => {
  test('0 days → 0; half the window → 0.5; the window → 1; beyond it stays 1', () => {
    assert.equal(normaliseDaysInactive(0, 10), 0);
    assert.equal(normaliseDaysInactive(5, 10), 0.5);
    assert.equal(normaliseDaysInactive(10, 10), 1);
    assert.equal(normaliseDaysInactive(400, 10), 1);
  });
  test('whole days: 23 h 59 min is still 0 days; never negative', () => {
    assert.equal(wholeDaysBetween(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T23:59:00Z')), 0);
    assert.equal(wholeDaysBetween(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-03T00:00:00Z')), 2);
    assert.equal(wholeDaysBetween(new Date('2026-01-05T00:00:00Z'), new Date('2026-01-03T00:00:00Z')), 0);
  });
});

describe('login frequency (1 = no logins)', () => {
  test('none → 1; half the target → 0.5; at or above target → 0', () => {
    assert.equal(normaliseLoginFrequency(0, 2), 1);
    assert.equal(normaliseLoginFrequency(1, 2), 0.5);
    assert.equal(normaliseLoginFrequency(2, 2), 0);
    assert.equal(normaliseLoginFrequency(9, 2), 0);
  });
  test('a new account is judged on the days it has existed, at least one', () => {
    assert.equal(observedDays(new Date('2026-01-10T08:00:00Z'), new Date('2026-01-10T09:00:00Z'), 14), 1);
    assert.equal(observedDays(new Date('2026-01-07T12:00:00Z'), new Date('2026-01-10T09:00:00Z'), 14), 3);
    assert.equal(observedDays(new Date('2025-01-01T00:00:00Z'), new Date('2026-01-10T09:00:00Z'), 14), 14);
  });
});

describe('quest completion (1 = nothing finished)', () => {
  test('rate 1 → 0, rate 0.25 → 0.75, rate 0 → 1', () => {
    assert.equal(normaliseQuestCompletion(1, 0.5), 0);
    assert.equal(normaliseQuestCompletion(0.25, 0.5), 0.75);
    assert.equal(normaliseQuestCompletion(0, 0.5), 1);
  });
  test('unknown (nothing started or finished) → the configured neutral value', () =>
    assert.equal(normaliseQuestCompletion(null, 0.5), 0.5));
});

describe('session duration (1 = no time spent)', () => {
  test('no sessions → 1; 5 of 10 minutes → 0.5; 10+ → 0', () => {
    assert.equal(normaliseSessionDuration(null, 10), 1);
    assert.equal(normaliseSessionDuration(5, 10), 0.5);
    assert.equal(normaliseSessionDuration(25, 10), 0);
  });
});

describe('streak (1 = no streak)', () => {
  test('0 → 1; 1 of 4 → 0.75; 4+ → 0', () => {
    assert.equal(normaliseStreak(0, 4), 1);
    assert.equal(normaliseStreak(1, 4), 0.75);
    assert.equal(normaliseStreak(7, 4), 0);
  });
});

describe('measureFactors edge cases', () => {
  const asOf = new Date('2026-03-10T12:00:00Z');
  const blank = { asOf, logins: 0, questsStarted: 0, questsCompleted: 0, sessions: 0, sessionMs: 0, streakDays: 0, lastActiveAt: null };

  test('a brand-new student with no history: inactive days count from sign-up, completion neutral', () => {
    const factors = measureFactors({ ...blank, createdAt: new Date('2026-03-10T09:00:00Z') }, TEST_MODEL);
    assert.deepEqual(factors.daysInactive, { raw: 0, normalised: 0, note: 'Never active: counted from the day the account was created.' });
    assert.deepEqual(factors.loginFrequency, { raw: 0, normalised: 1 });
    assert.equal(factors.questCompletion.raw, null);
    assert.equal(factors.questCompletion.normalised, 0.5);
    assert.equal(factors.sessionDuration.raw, null);
    assert.equal(factors.sessionDuration.normalised, 1);
    assert.deepEqual(factors.streak, { raw: 0, normalised: 1 });
  });

  test('an account created 30 days ago that never came back is fully inactive', () => {
    const factors = measureFactors({ ...blank, createdAt: new Date('2026-02-08T12:00:00Z') }, TEST_MODEL);
    assert.equal(factors.daysInactive.raw, 30);
    assert.equal(factors.daysInactive.normalised, 1);
  });

  test('activity only today (joined today, one login, one 12-minute session, one quest done)', () => {
    const factors = measureFactors(
      {
        ...blank,
        createdAt: new Date('2026-03-10T07:00:00Z'),
        lastActiveAt: new Date('2026-03-10T08:12:00Z'),
        logins: 1,
        questsStarted: 1,
        questsCompleted: 1,
        sessions: 1,
        sessionMs: 12 * 60_000,
        streakDays: 1,
      },
      TEST_MODEL,
    );
    assert.deepEqual(Object.fromEntries(Object.entries(factors).map(([key, value]) => [key, [value.raw, value.normalised]])), {
      daysInactive: [0, 0],
      loginFrequency: [7, 0],
      questCompletion: [1, 0],
      sessionDuration: [12, 0],
      streak: [1, 0.75],
    });
  });

  test('completions without a start in the window (started earlier) count as a full rate, never above 1', () => {
    const factors = measureFactors(
      { ...blank, createdAt: new Date('2025-01-01T00:00:00Z'), questsStarted: 0, questsCompleted: 2 },
      TEST_MODEL,
    );
    assert.deepEqual([factors.questCompletion.raw, factors.questCompletion.normalised], [1, 0]);
  });
});
