import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byCutoff, midnightUtc, planCutoffs, type KnownOutcome } from './cutoffs';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const old = at('2025-01-01T00:00:00Z');

test('a drop-out is scored at midnight UTC at least 14 days before they left', () => {
  const [plan] = planCutoffs([{ userId: 'a', droppedOut: true, at: at('2025-03-20T15:30:00Z'), createdAt: old }], 14);
  assert.equal(plan?.cutoff.toISOString(), '2025-03-06T00:00:00.000Z');
  assert.ok((at('2025-03-20T15:30:00Z').getTime() - (plan?.cutoff.getTime() ?? 0)) / DAY >= 14);
  assert.equal(plan?.positive, true);
});

test('stayers take one of the drop-outs’ cut-offs, never later than 14 days before they were last known enrolled', () => {
  const outcomes: KnownOutcome[] = [
    { userId: 'd1', droppedOut: true, at: at('2025-03-01T10:00:00Z'), createdAt: old },
    { userId: 'd2', droppedOut: true, at: at('2025-03-25T10:00:00Z'), createdAt: old },
    ...Array.from({ length: 40 }, (_, i) => ({ userId: `s${i}`, droppedOut: false, at: at('2025-04-01T00:00:00Z'), createdAt: old })),
  ];
  const plans = planCutoffs(outcomes, 14);
  const dropoutCutoffs = new Set(['2025-02-15T00:00:00.000Z', '2025-03-11T00:00:00.000Z']);
  const stayers = plans.filter((plan) => !plan.positive);
  assert.equal(stayers.length, 40);
  for (const plan of stayers) assert.ok(dropoutCutoffs.has(plan.cutoff.toISOString()), plan.cutoff.toISOString());
  // The hash spreads them over both moments.
  assert.equal(new Set(stayers.map((plan) => plan.cutoff.getTime())).size, 2);
  // A stayer last seen early is capped at 14 days before that.
  const [early] = planCutoffs(
    [outcomes[1] as KnownOutcome, { userId: 'e', droppedOut: false, at: at('2025-03-05T00:00:00Z'), createdAt: old }],
    14,
  ).filter((plan) => !plan.positive);
  assert.equal(early?.cutoff.toISOString(), '2025-02-19T00:00:00.000Z');
});

test('students created after their cut-off are left out; grouping is by moment', () => {
  const plans = planCutoffs(
    [
      { userId: 'late', droppedOut: true, at: at('2025-03-10T00:00:00Z'), createdAt: at('2025-03-01T00:00:00Z') },
      { userId: 'd', droppedOut: true, at: at('2025-03-10T08:00:00Z'), createdAt: old },
      { userId: 's', droppedOut: false, at: at('2025-04-10T00:00:00Z'), createdAt: old },
    ],
    14,
  );
  assert.deepEqual(plans.map((plan) => plan.userId).sort(), ['d', 's']);
  const groups = byCutoff(plans);
  assert.equal(groups.size, 1);
  assert.equal(midnightUtc(Date.parse('2025-03-10T23:59:59Z')).toISOString(), '2025-03-10T00:00:00.000Z');
});
