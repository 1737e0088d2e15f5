import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { HttpError } from '@/lib/http/errors';
import { collectRateLimit, takeToken } from './rate-limit';

test('a burst is allowed, then 429 with Retry-After, per network', async () => {
  const limiter = new RateLimiterMemory({ points: 3, duration: 2 });
  for (let i = 0; i < 3; i++) await takeToken(limiter, 'net');
  await assert.rejects(
    takeToken(limiter, 'net'),
    (error: unknown) => error instanceof HttpError && error.status === 429 && ['1', '2'].includes(error.headers['Retry-After'] ?? ''),
  );
  await takeToken(limiter, 'other-net'); // separate budget
});

test('limits come from PATHWISE_COLLECT_RATE', () => {
  assert.deepEqual(collectRateLimit(undefined), { perSecond: 200, burst: 1000 });
  assert.deepEqual(collectRateLimit('5'), { perSecond: 5, burst: 25 });
  assert.deepEqual(collectRateLimit('5/7'), { perSecond: 5, burst: 7 });
  assert.deepEqual(collectRateLimit('nonsense'), { perSecond: 200, burst: 1000 });
});
