import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDue, isoWeek, scheduledMoment, weekStart } from './week';

test('ISO weeks, including the year boundaries', () => {
  assert.equal(isoWeek(new Date('2026-12-02T15:00:00Z')), '2026-W49');
  assert.equal(isoWeek(new Date('2021-01-03T12:00:00Z')), '2020-W53');
  assert.equal(isoWeek(new Date('2024-12-30T00:00:00Z')), '2025-W01');
  assert.equal(isoWeek(new Date('2026-01-01T00:00:00Z')), '2026-W01');
  assert.equal(isoWeek(new Date('2026-06-15T23:59:59Z')), '2026-W25');
});

test('the week starts on Monday and the schedule is a weekday and an hour in it', () => {
  assert.equal(weekStart(new Date('2026-12-06T22:00:00Z')).toISOString(), '2026-11-30T00:00:00.000Z');
  assert.equal(scheduledMoment({ day: 1, hour: 7 }, new Date('2026-12-02T00:00:00Z')).toISOString(), '2026-11-30T07:00:00.000Z');
  // Sunday belongs to the end of the ISO week.
  assert.equal(scheduledMoment({ day: 0, hour: 18 }, new Date('2026-12-02T00:00:00Z')).toISOString(), '2026-12-06T18:00:00.000Z');
});

test('due from the scheduled moment to the end of the week', () => {
  const settings = { day: 3, hour: 9 }; // Wednesday 09:00
  assert.equal(isDue(settings, new Date('2026-12-02T08:59:00Z')), false);
  assert.equal(isDue(settings, new Date('2026-12-02T09:00:00Z')), true);
  assert.equal(isDue(settings, new Date('2026-12-06T23:00:00Z')), true);
  assert.equal(isDue(settings, new Date('2026-12-07T00:30:00Z')), false);
});
