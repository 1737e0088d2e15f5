import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { currentStreak, dayNumber, longestStreak } from './streak';

const today = dayNumber(new Date('2026-03-10T15:00:00Z'));

describe('dayNumber', () => {
  test('is the UTC day: 23:59 and 00:00 the next day differ by one', () => {
    assert.equal(dayNumber(new Date('2026-03-10T00:00:00Z')), dayNumber(new Date('2026-03-10T23:59:59Z')));
    assert.equal(dayNumber(new Date('2026-03-11T00:00:00Z')) - dayNumber(new Date('2026-03-10T23:59:59Z')), 1);
  });
});

describe('currentStreak', () => {
  test('no activity at all → 0', () => assert.equal(currentStreak([], today), 0));
  test('activity only today → 1', () => assert.equal(currentStreak([today], today), 1));
  test('yesterday and the two days before, not yet today → 3 (not lost yet)', () => {
    assert.equal(currentStreak([today - 1, today - 2, today - 3], today), 3);
  });
  test('last active two days ago → 0', () => assert.equal(currentStreak([today - 2, today - 3], today), 0));
  test('a gap ends the run; duplicates count once', () => {
    assert.equal(currentStreak([today, today, today - 1, today - 3, today - 4, today - 5], today), 2);
  });
});

describe('longestStreak', () => {
  test('empty → 0; one day → 1', () => {
    assert.equal(longestStreak([]), 0);
    assert.equal(longestStreak([5]), 1);
  });
  test('finds the longest run in unsorted input', () => assert.equal(longestStreak([9, 1, 2, 3, 7, 8, 2]), 3));
});

test('days are local days of the given zone: two sessions either side of Shanghai midnight are a 2-day streak', () => {
  const first = dayNumber(new Date('2031-03-02T15:30:00Z'), 'Asia/Shanghai'); // 2 Mar 23:30 local
  const second = dayNumber(new Date('2031-03-02T16:30:00Z'), 'Asia/Shanghai'); // 3 Mar 00:30 local
  assert.equal(second - first, 1);
  assert.equal(currentStreak([first, second], second), 2);
  // In UTC both are 2 March: one day.
  assert.equal(dayNumber(new Date('2031-03-02T15:30:00Z')), dayNumber(new Date('2031-03-02T16:30:00Z')));
});
