import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backfillFrom } from './backfill-request';

const now = new Date('2026-12-04T15:00:00Z');

test('a past day before the last scoring run asks for a backfill from that day', () => {
  assert.equal(backfillFrom('UTC', new Date('2026-11-20T10:00:00Z'), new Date('2026-12-04T14:00:00Z'), now), '2026-11-20');
});

test('today (or anything from the last run’s day on) asks for none', () => {
  assert.equal(backfillFrom('UTC', new Date('2026-12-04T01:00:00Z'), new Date('2026-12-04T14:00:00Z'), now), null);
  // The last run was two days ago: yesterday's statement finds no stored score to correct.
  assert.equal(backfillFrom('UTC', new Date('2026-12-03T10:00:00Z'), new Date('2026-12-02T09:00:00Z'), now), null);
  assert.equal(backfillFrom('UTC', new Date('2026-12-01T10:00:00Z'), new Date('2026-12-02T09:00:00Z'), now), '2026-12-01');
});

test('without any scoring run, every day before today counts', () => {
  assert.equal(backfillFrom('UTC', new Date('2026-12-03T23:00:00Z'), null, now), '2026-12-03');
  assert.equal(backfillFrom('UTC', new Date('2026-12-04T00:30:00Z'), null, now), null);
});

test('the local day is widened to the UTC day its first instant falls in', () => {
  // 12:00 on 20 November in Sydney (UTC+11) is 01:00 UTC on the 20th; that local day began at
  // 13:00 UTC on the 19th.
  assert.equal(backfillFrom('Australia/Sydney', new Date('2026-11-20T01:00:00Z'), null, now), '2026-11-19');
  // 21:00 on 19 November in New York is 02:00 UTC on the 20th; its local day began on the 19th (UTC).
  assert.equal(backfillFrom('America/New_York', new Date('2026-11-20T02:00:00Z'), null, now), '2026-11-19');
});
