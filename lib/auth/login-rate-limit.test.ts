import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLoginRateLimiter, lockedMessage, loginKey } from './login-rate-limit';

const MINUTE = 60_000;

function clock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

test('locks a key after five failures within the window', () => {
  const c = clock();
  const limiter = createLoginRateLimiter({ now: c.now });
  for (let i = 0; i < 4; i++) assert.deepEqual(limiter.recordFailure('a'), { locked: false });
  const fifth = limiter.recordFailure('a');
  assert.equal(fifth.locked, true);
  assert.deepEqual(limiter.check('a'), { locked: true, retryAfterMs: 15 * MINUTE, minutes: 15 });
});

test('reports the minutes remaining, rounded up, and unlocks when the lock runs out', () => {
  const c = clock();
  const limiter = createLoginRateLimiter({ now: c.now });
  for (let i = 0; i < 5; i++) limiter.recordFailure('a');
  c.advance(10 * MINUTE + 1);
  const state = limiter.check('a');
  assert.equal(state.locked && state.minutes, 5);
  c.advance(5 * MINUTE);
  assert.deepEqual(limiter.check('a'), { locked: false });
  // A fresh count starts after the lock: one more failure does not lock again.
  assert.deepEqual(limiter.recordFailure('a'), { locked: false });
});

test('failures older than the window do not count', () => {
  const c = clock();
  const limiter = createLoginRateLimiter({ now: c.now });
  for (let i = 0; i < 4; i++) limiter.recordFailure('a');
  c.advance(15 * MINUTE);
  assert.deepEqual(limiter.recordFailure('a'), { locked: false });
});

test('a success clears the count', () => {
  const c = clock();
  const limiter = createLoginRateLimiter({ now: c.now });
  for (let i = 0; i < 4; i++) limiter.recordFailure('a');
  limiter.recordSuccess('a');
  assert.deepEqual(limiter.recordFailure('a'), { locked: false });
});

test('keys are independent', () => {
  const limiter = createLoginRateLimiter({ now: clock().now });
  for (let i = 0; i < 5; i++) limiter.recordFailure(loginKey('a@x.test', '1.2.3.4'));
  assert.equal(limiter.check(loginKey('A@x.test ', '1.2.3.4')).locked, true, 'email is case-insensitive');
  assert.equal(limiter.check(loginKey('a@x.test', '5.6.7.8')).locked, false);
  assert.equal(limiter.check(loginKey('b@x.test', '1.2.3.4')).locked, false);
});

test('sweeps stale keys once over the size limit', () => {
  const c = clock();
  const limiter = createLoginRateLimiter({ now: c.now, maxKeys: 3 });
  for (const key of ['a', 'b', 'c']) limiter.recordFailure(key);
  c.advance(16 * MINUTE);
  limiter.recordFailure('d');
  assert.equal(limiter.size(), 1);
});

test('the locked message names the minutes', () => {
  assert.equal(lockedMessage(12), 'Too many failed sign-ins. Try again in 12 minutes.');
  assert.equal(lockedMessage(1), 'Too many failed sign-ins. Try again in 1 minute.');
});
