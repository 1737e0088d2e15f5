import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  change,
  formatBucket,
  formatBucketLong,
  formatBytes,
  formatDay,
  formatDuration,
  formatMs,
  formatNumber,
  formatPercent,
} from './format';

test('numbers', () => {
  assert.equal(formatNumber(1234), '1,234');
  assert.equal(formatNumber(123_456), '123.5K');
  assert.equal(formatNumber(2_500_000), '2.5M');
});

test('percentages keep one decimal unless whole', () => {
  assert.equal(formatPercent(3 / 7), '42.9%');
  assert.equal(formatPercent(0.4), '40%');
  assert.equal(formatPercent(1), '100%');
  assert.equal(formatPercent(0), '0%');
});

test('durations and load times', () => {
  assert.equal(formatDuration(166_429), '2m 46s');
  assert.equal(formatDuration(45_000), '45s');
  assert.equal(formatDuration(3_900_000), '1h 5m');
  assert.equal(formatDuration(400), '0s');
  // Learning time is counted in minutes; the same format, without zero parts.
  assert.equal(formatDuration(59 * 60_000), '59m');
  assert.equal(formatDuration(60 * 60_000), '1h');
  assert.equal(formatDuration(135 * 60_000), '2h 15m');
  assert.equal(formatDuration(125_000), '2m 5s');
  assert.equal(formatMs(260), '260 ms');
  assert.equal(formatMs(1320), '1.3 s');
});

test('bucket labels', () => {
  assert.equal(formatBucket('2031-03-03'), 'Mar 3');
  assert.equal(formatBucket('2031-03-03T10'), '10:00');
  assert.equal(formatBucket('2031-03-03T10:04'), '10:04');
  assert.equal(formatBucketLong('2031-03-03'), 'Mon, Mar 3');
  assert.equal(formatBucketLong('2031-03-03T10'), 'Mar 3, 10:00');
});

test('change against the previous period', () => {
  assert.deepEqual(change(150, 100), { ratio: 0.5, direction: 'up' });
  assert.deepEqual(change(50, 100), { ratio: -0.5, direction: 'down' });
  assert.deepEqual(change(5, 0), { ratio: null, direction: 'up' });
  assert.deepEqual(change(0, 0), { ratio: null, direction: 'flat' });
});

test('sizes', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(3_500_000), '3.3 MB');
});

test('days are UTC', () => assert.equal(formatDay('2026-03-03T23:30:00Z'), '3 Mar 2026'));
