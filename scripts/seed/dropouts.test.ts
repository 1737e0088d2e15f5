import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DROPOUT_WINDOW_DAYS, dropoutPhase, planDropout } from './dropouts';
import { Prng } from './prng';

test('drop-outs are spread over the last 60 days, with all three run-ups', () => {
  const days = 90;
  const plans = Array.from({ length: 300 }, (_, i) => planDropout(Prng.derive(1, 'p', i), 1, `s-${i}`, days, 0));
  for (const plan of plans) {
    assert.ok(plan.day >= days - DROPOUT_WINDOW_DAYS && plan.day <= days - 2, `day ${plan.day}`);
    assert.ok(plan.runUpDays <= plan.day);
  }
  const styles = new Set(plans.map((plan) => plan.style));
  assert.deepEqual([...styles].sort(), ['abrupt', 'fade', 'idle']);
  // Spread, not bunched at the end: a good share leave more than 30 days before now.
  assert.ok(plans.filter((plan) => plan.day < days - 30).length > 100);
  assert.ok(
    plans.filter((plan) => plan.style === 'fade').some((plan) => plan.runUpDays > 21),
    'some fade over weeks',
  );
});

test('the shared stream loses the same draws as before (two or three), whatever the plan', () => {
  for (let i = 0; i < 50; i++) {
    const a = Prng.derive(3, 'x', i);
    const b = Prng.derive(3, 'x', i);
    const plan = planDropout(a, 3, 'k', 90, 0);
    b.next();
    if (!b.chance(0.3)) b.int(7, 16);
    assert.equal(a.next(), b.next(), `draw count changed for ${plan.style}`);
  }
});

test('phases: active, then the run-up, then gone', () => {
  const idle = { day: 50, style: 'idle' as const, runUpDays: 20 };
  assert.equal(dropoutPhase(idle, 29), 'active');
  assert.equal(dropoutPhase(idle, 31), 'idle');
  assert.equal(dropoutPhase(idle, 50), 'idle');
  assert.equal(dropoutPhase(idle, 51), 'gone');
  assert.equal(dropoutPhase({ day: 50, style: 'fade', runUpDays: 10 }, 45), 'fading');
  assert.equal(dropoutPhase({ day: 50, style: 'abrupt', runUpDays: 0 }, 50), 'active');
  assert.equal(dropoutPhase(null, 99), 'active');
});
