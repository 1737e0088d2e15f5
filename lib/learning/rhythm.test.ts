import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { learningRhythm } from './rhythm';

const now = new Date('2026-03-10T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('learningRhythm', () => {
  test('never active → yellow, says so', () => {
    assert.deepEqual(learningRhythm(null, now), {
      light: 'yellow',
      headline: 'Not started yet',
      reason: 'No learning has been recorded yet.',
      daysAgo: null,
      greenWithinDays: 3,
    });
  });
  test('active earlier today → green, "today"', () => {
    const rhythm = learningRhythm(at('2026-03-10T07:30:00Z'), now);
    assert.equal(rhythm.light, 'green');
    assert.equal(rhythm.reason, 'Last learned today.');
  });
  test('late last night counts as yesterday (calendar days, not 24-hour blocks)', () => {
    assert.equal(learningRhythm(at('2026-03-09T23:50:00Z'), now).reason, 'Last learned yesterday.');
  });
  test('exactly 3 days ago is still green; 4 days ago turns yellow with the reason', () => {
    assert.equal(learningRhythm(at('2026-03-07T18:00:00Z'), now).light, 'green');
    const rhythm = learningRhythm(at('2026-03-06T18:00:00Z'), now);
    assert.equal(rhythm.light, 'yellow');
    assert.equal(rhythm.reason, 'Last learned 4 days ago: more than 3 days without learning.');
  });
});
