import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  ACCOUNT_FAILURES,
  NETWORK_FAILURES,
  accountKey,
  lockedMessage,
  lockState,
  loginLockState,
  networkKey,
  recordLoginFailure,
  recordLoginSuccess,
  type LoginLimiters,
} from './login-rate-limit';

const fresh = (): LoginLimiters => ({
  account: new RateLimiterMemory({ points: ACCOUNT_FAILURES, duration: 900 }),
  network: new RateLimiterMemory({ points: NETWORK_FAILURES, duration: 900 }),
});

test('five failures lock the account from every address, for fifteen minutes', async () => {
  const limits = fresh();
  for (let i = 0; i < 4; i++) assert.deepEqual(await recordLoginFailure('a@x.test', `198.51.${i}.1`, limits), { locked: false });
  const fifth = await recordLoginFailure('a@x.test', '203.0.113.5', limits);
  assert.equal(fifth.locked && fifth.minutes, 15);
  const elsewhere = await loginLockState(' A@X.test', '192.0.2.99', limits);
  assert.equal(elsewhere.locked, true, 'another address and spelling of the same account is locked too');
  assert.deepEqual(await loginLockState('b@x.test', '203.0.113.5', limits), { locked: false }, 'other accounts are not');
});

test('a lock aimed at a network cannot be set from another network', async () => {
  const limits = fresh();
  // An attacker fails on many accounts from their own network: only their network locks.
  for (let i = 0; i < NETWORK_FAILURES; i++) await recordLoginFailure(`guess-${i}@x.test`, '203.0.113.7', limits);
  assert.equal((await loginLockState('new@x.test', '203.0.113.200', limits)).locked, true, 'the whole /24 is locked');
  assert.deepEqual(await loginLockState('victim@x.test', '198.51.100.4', limits), { locked: false }, 'the victim network is not');
});

test('a success clears the account count but not the network count', async () => {
  const limits = fresh();
  for (let i = 0; i < 4; i++) await recordLoginFailure('a@x.test', '203.0.113.5', limits);
  await recordLoginSuccess('a@x.test', limits);
  assert.deepEqual(await recordLoginFailure('a@x.test', '203.0.113.5', limits), { locked: false });
  assert.equal((await limits.network.get(networkKey('203.0.113.5')))?.consumedPoints, 5);
});

test('keys hold no e-mail address and no raw client address', () => {
  assert.equal(accountKey(' A@x.test '), accountKey('a@x.test'));
  assert.ok(!accountKey('a@x.test').includes('@'));
  assert.equal(networkKey('203.0.113.77'), '203.0.113.0');
  assert.equal(networkKey(null), 'unknown');
});

test('the lock state rounds the minutes up and ends when the time has run', () => {
  assert.deepEqual(lockState(null, 5), { locked: false });
  const res = { consumedPoints: 6, msBeforeNext: 10 * 60_000 + 1, remainingPoints: 0, isFirstInDuration: false };
  assert.deepEqual(lockState(res as never, 5), { locked: true, retryAfterMs: 600_001, minutes: 11 });
  assert.deepEqual(lockState({ ...res, consumedPoints: 4 } as never, 5), { locked: false });
});

test('the locked message says when to try again', () => {
  assert.equal(lockedMessage(12), 'Too many failed sign-ins. Try again in 12 minutes.');
  assert.equal(lockedMessage(1), 'Too many failed sign-ins. Try again in 1 minute.');
});
