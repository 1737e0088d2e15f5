import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backfillInstants } from './backfill';

test('one instant per day from the first affected day, each at its end, then now', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const instants = backfillInstants(new Date('2026-03-07T15:30:00Z'), now).map((d) => d.toISOString());
  assert.deepEqual(instants, [
    '2026-03-07T23:59:59.000Z',
    '2026-03-08T23:59:59.000Z',
    '2026-03-09T23:59:59.000Z',
    '2026-03-10T12:00:00.000Z',
  ]);
});

test('a first day in the future (or today) backfills only today', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  assert.deepEqual(backfillInstants(new Date('2026-03-10T01:00:00Z'), now), [now]);
  assert.deepEqual(backfillInstants(new Date('2026-03-12T01:00:00Z'), now), [now]);
});
