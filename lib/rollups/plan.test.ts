import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRange } from './plan';

const d = (iso: string) => new Date(iso);
const coverage = { from: d('2026-01-01T00:00:00Z'), to: d('2026-01-20T00:00:00Z') };

test('whole days inside the coverage come from rollups, the partial ends from raw events', () => {
  const plan = planRange(d('2026-01-05T10:30:00Z'), d('2026-01-12T10:30:00Z'), coverage);
  assert.deepEqual(plan.rolled, { from: d('2026-01-06T00:00:00Z'), to: d('2026-01-12T00:00:00Z') });
  assert.deepEqual(plan.raw, [
    { from: d('2026-01-05T10:30:00Z'), to: d('2026-01-06T00:00:00Z') },
    { from: d('2026-01-12T00:00:00Z'), to: d('2026-01-12T10:30:00Z') },
  ]);
});

test('days after the coverage (today, or a job that has not run) are read raw', () => {
  const plan = planRange(d('2026-01-15T00:00:00Z'), d('2026-01-22T08:00:00Z'), coverage);
  assert.deepEqual(plan.rolled, { from: d('2026-01-15T00:00:00Z'), to: d('2026-01-20T00:00:00Z') });
  assert.deepEqual(plan.raw, [{ from: d('2026-01-20T00:00:00Z'), to: d('2026-01-22T08:00:00Z') }]);
});

test('midnight-aligned ranges need no raw part', () => {
  const plan = planRange(d('2026-01-02T00:00:00Z'), d('2026-01-04T00:00:00Z'), coverage);
  assert.deepEqual(plan.raw, []);
  assert.deepEqual(plan.rolled, { from: d('2026-01-02T00:00:00Z'), to: d('2026-01-04T00:00:00Z') });
});

test('no coverage, or a range shorter than a whole day, is all raw', () => {
  const range = { from: d('2026-01-05T10:00:00Z'), to: d('2026-01-06T09:00:00Z') };
  assert.deepEqual(planRange(range.from, range.to, null), { rolled: null, raw: [range] });
  assert.deepEqual(planRange(range.from, range.to, coverage), { rolled: null, raw: [range] });
  assert.deepEqual(planRange(range.to, range.from, coverage), { rolled: null, raw: [] });
});

test('a range before the coverage is all raw', () => {
  const plan = planRange(d('2025-12-01T00:00:00Z'), d('2025-12-20T00:00:00Z'), coverage);
  assert.equal(plan.rolled, null);
});
