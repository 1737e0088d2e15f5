import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from '@/lib/http/errors';
import { RateLimiter, collectRateLimit } from './rate-limit';

test('a burst is allowed, then 429 with Retry-After, then tokens refill', () => {
  const limiter = new RateLimiter(() => ({ perSecond: 2, burst: 3 }));
  const t = 1_000_000;
  for (let i = 0; i < 3; i++) limiter.take('net', t);
  assert.throws(
    () => limiter.take('net', t),
    (error: unknown) => error instanceof HttpError && error.status === 429 && error.headers['Retry-After'] === '1',
  );
  limiter.take('other-net', t); // separate bucket
  limiter.take('net', t + 600); // 1.2 tokens refilled
});

test('limits come from PATHWISE_COLLECT_RATE', () => {
  assert.deepEqual(collectRateLimit(undefined), { perSecond: 200, burst: 1000 });
  assert.deepEqual(collectRateLimit('5'), { perSecond: 5, burst: 25 });
  assert.deepEqual(collectRateLimit('5/7'), { perSecond: 5, burst: 7 });
  assert.deepEqual(collectRateLimit('nonsense'), { perSecond: 200, burst: 1000 });
});
