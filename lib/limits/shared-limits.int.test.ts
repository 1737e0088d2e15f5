// Replicas share their limits: each "replica" here is its own store connection, as each server
// process makes one. Redis on every provider run; PostgreSQL on the PostgreSQL run; on SQLite the
// limits stay per process, as the start-up note says.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { HttpError } from '@/lib/http/errors';
import { takeToken } from '@/lib/ingest/rate-limit';
import { loginLockState, recordLoginFailure, sharedLoginLimiters } from '@/lib/auth/login-rate-limit';
import { createLimitStore, limitBackend, type LimitEnv, type LimitStore } from './backend';

const REDIS_URL = process.env.PATHWISE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const opened: LimitStore[] = [];
const replicas = (env: LimitEnv) => [1, 2, 3].map(() => createLimitStore(env)).map((store) => (opened.push(store), store));
after(() => Promise.all(opened.map((store) => store.close())));

async function fiveFailuresLockEverywhere(stores: LimitStore[]) {
  const email = `victim-${randomBytes(6).toString('hex')}@pathwise.test`;
  const limits = stores.map((store) => sharedLoginLimiters(store));
  for (let i = 0; i < 4; i++) {
    const state = await recordLoginFailure(email, `198.51.100.${i}`, limits[i % 3]!);
    assert.equal(state.locked, false, `failure ${i + 1} does not lock yet`);
  }
  assert.equal((await recordLoginFailure(email, '203.0.113.9', limits[1]!)).locked, true);
  for (const replica of limits) {
    const state = await loginLockState(email, '192.0.2.50', replica);
    assert.ok(state.locked && state.minutes === 15, 'every replica refuses the account, from any address');
  }
}

async function collectBudgetShared(stores: LimitStore[]) {
  const spec = { prefix: `collect-test-${randomBytes(4).toString('hex')}`, points: 3, durationSeconds: 30 };
  const [a, b, c] = stores.map((store) => store.limiter(spec));
  await takeToken(a!, '198.51.100.0');
  await takeToken(b!, '198.51.100.0');
  await takeToken(c!, '198.51.100.0');
  await assert.rejects(takeToken(a!, '198.51.100.0'), (error) => error instanceof HttpError && error.status === 429);
  await takeToken(b!, '203.0.113.0'); // another network has its own budget
}

test('Redis: five failures across three replicas lock the account on all three', async () => {
  const stores = replicas({ PATHWISE_REDIS_URL: REDIS_URL, DATABASE_URL: process.env.DATABASE_URL });
  assert.equal(stores[0]!.backend, 'redis');
  await fiveFailuresLockEverywhere(stores);
  await collectBudgetShared(stores);
});

test(
  'PostgreSQL without Redis: the same, through the rate_limits table',
  { skip: process.env.PATHWISE_TEST_PROVIDER !== 'postgres' },
  async () => {
    const stores = replicas({ DATABASE_URL: process.env.DATABASE_URL });
    assert.equal(stores[0]!.backend, 'postgres');
    await fiveFailuresLockEverywhere(stores);
    await collectBudgetShared(stores);
  },
);

test('SQLite without Redis: limits are per process', { skip: process.env.PATHWISE_TEST_PROVIDER !== 'sqlite' }, async () => {
  assert.equal(limitBackend({ DATABASE_URL: process.env.DATABASE_URL }), 'memory');
  const [a, b] = replicas({ DATABASE_URL: process.env.DATABASE_URL }).map((store) => sharedLoginLimiters(store));
  for (let i = 0; i < 5; i++) await recordLoginFailure('solo@pathwise.test', '198.51.100.1', a!);
  assert.equal((await loginLockState('solo@pathwise.test', '198.51.100.1', a!)).locked, true);
  assert.equal((await loginLockState('solo@pathwise.test', '198.51.100.1', b!)).locked, false);
});
