import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RISK_MODEL } from './config';
import { levelFor } from './levels';
import { assertValidModel, assessRisk } from './score';
import { TEST_MODEL } from './test-model';

describe('levelFor (bands named by risk; the score is a risk score)', () => {
  const cases: Array<[number, string]> = [
    [0, 'minimal'],
    [0.2999, 'minimal'],
    [0.3, 'moderate'],
    [0.5999, 'moderate'],
    [0.6, 'elevated'],
    [0.8, 'elevated'], // at_risk is strictly above 0.8
    [0.8001, 'at_risk'],
    [1, 'at_risk'],
  ];
  for (const [score, level] of cases) test(`${score} → ${level}`, () => assert.equal(levelFor(score), level));
  test('NaN is refused rather than filed in a band', () => assert.throws(() => levelFor(Number.NaN), RangeError));
});

describe('assessRisk', () => {
  const asOf = new Date('2026-03-10T12:00:00Z');
  const base = { asOf, logins: 0, questsStarted: 0, questsCompleted: 0, sessions: 0, sessionMs: 0, streakDays: 0, lastActiveAt: null };

  test('a brand-new student with no history → 0.5, moderate; contributions add up to the score', () => {
    const result = assessRisk({ ...base, createdAt: new Date('2026-03-10T09:00:00Z') }, TEST_MODEL);
    assert.deepEqual(
      result.factors.map((factor) => [factor.key, factor.normalised, factor.weight, factor.contribution]),
      [
        ['daysInactive', 0, 0.4, 0],
        ['loginFrequency', 1, 0.25, 0.25],
        ['questCompletion', 0.5, 0.2, 0.1],
        ['sessionDuration', 1, 0.1, 0.1],
        ['streak', 1, 0.05, 0.05],
      ],
    );
    assert.equal(result.score, 0.5);
    assert.equal(result.level, 'moderate');
    assert.equal(result.modelVersion, 'test-model');
  });

  test('activity only today → 0.0375, minimal risk', () => {
    const result = assessRisk(
      {
        ...base,
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
    assert.equal(result.score, 0.0375); // only the streak: 0.05 × 0.75
    assert.equal(result.level, 'minimal');
  });

  test('gone for weeks, nothing finished → 1, at risk', () => {
    const result = assessRisk(
      { ...base, createdAt: new Date('2025-09-01T00:00:00Z'), lastActiveAt: new Date('2026-02-01T00:00:00Z'), questsStarted: 2 },
      TEST_MODEL,
    );
    assert.equal(result.score, 1);
    assert.equal(result.level, 'at_risk');
  });

  test('the production model is valid; a model whose weights do not sum to 1 is refused', () => {
    assertValidModel(RISK_MODEL);
    assert.throws(() => assertValidModel({ ...TEST_MODEL, weights: { ...TEST_MODEL.weights, streak: 0.5 } }), /sum to/);
  });
});
