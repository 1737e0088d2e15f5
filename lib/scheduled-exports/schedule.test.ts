import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDue } from './schedule';

const now = new Date('2026-11-22T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

test('never run → due', () => {
  assert.equal(isDue('HOURLY', null, now), true);
  assert.equal(isDue('DAILY', null, now), true);
});

test('hourly: due after about an hour, with a few minutes of slack', () => {
  assert.equal(isDue('HOURLY', ago(30), now), false);
  assert.equal(isDue('HOURLY', ago(56), now), true);
  assert.equal(isDue('HOURLY', ago(54), now), false);
});

test('daily: not due on the hourly ticks in between', () => {
  assert.equal(isDue('DAILY', ago(60), now), false);
  assert.equal(isDue('DAILY', ago(23 * 60), now), false);
  assert.equal(isDue('DAILY', ago(24 * 60 - 4), now), true);
});
