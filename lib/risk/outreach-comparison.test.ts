import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareReturns, describeComparison } from './outreach-comparison';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);

test('came back within 14 days, with and without an outreach in the window', () => {
  const report = compareReturns(
    [
      { flaggedAt: day(0), outreachAt: [day(2)], sessionsAt: [day(5)] }, // contacted, came back
      { flaggedAt: day(0), outreachAt: [day(1)], sessionsAt: [day(20)] }, // contacted, came back too late
      { flaggedAt: day(0), outreachAt: [day(16)], sessionsAt: [day(3)] }, // outreach after the window: without
      { flaggedAt: day(0), outreachAt: [], sessionsAt: [] }, // without, did not come back
      { flaggedAt: day(25), outreachAt: [], sessionsAt: [] }, // window not over yet
    ],
    day(30),
  );
  assert.deepEqual(report.withOutreach, { students: 2, cameBack: 1, rate: 0.5 });
  assert.deepEqual(report.withoutOutreach, { students: 2, cameBack: 1, rate: 0.5 });
  assert.equal(report.left, 1);
  assert.match(describeComparison(report).join('\n'), /NOT a causal claim/);
});

test('empty groups report n/a rather than a made-up rate', () => {
  const report = compareReturns([], day(30));
  assert.ok(Number.isNaN(report.withOutreach.rate));
  assert.match(describeComparison(report)[1]!, /0 of 0 .*n\/a/);
});
