// Three schedulers on one PostgreSQL database stand in for three replicas: every tick of a job
// runs exactly once, and a tick abandoned by a dead replica is run by another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { startPgScheduler, tickKey, tickStart } from './pg-scheduler';
import type { Job } from './types';

const onPostgres = { skip: process.env.PATHWISE_TEST_PROVIDER !== 'postgres' };
const url = process.env.DATABASE_URL ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('each tick runs on exactly one of three replicas', onPostgres, async () => {
  const name = `it-tick-${randomBytes(4).toString('hex')}`;
  const ran: string[] = [];
  const job: Job = { name, description: 'test', everyMs: 1, run: async () => (ran.push(name), await sleep(30), {}) };
  const stops = ['r1', 'r2', 'r3'].map((replica) =>
    startPgScheduler(db, { databaseUrl: url, jobs: [job], replica, tickMs: 250, log: () => {} }),
  );
  await sleep(3_000);
  await Promise.all(stops.map((stop) => stop()));

  const rows = await db.jobRun.findMany({ where: { job: name }, orderBy: { startedAt: 'asc' } });
  assert.ok(rows.length >= 3, `several of the twelve ticks ran (a busy machine misses some), got ${rows.length}`);
  assert.equal(ran.length, rows.length, 'one execution per JobRun row');
  assert.equal(new Set(rows.map((row) => row.tickKey)).size, rows.length, 'no tick twice');
  assert.ok(rows.every((row) => row.ok === true && row.finishedAt && /^r[123]$/.test(row.replica ?? '')));
  await db.jobRun.deleteMany({ where: { job: name } });
});

test('a tick whose replica died mid-run is claimed and run by another', onPostgres, async () => {
  const name = `it-dead-${randomBytes(4).toString('hex')}`;
  const everyMs = 60 * 60_000;
  const key = tickKey(name, tickStart(Date.now(), everyMs));
  // The dead replica's row: claimed, never finished, lease run out.
  await db.jobRun.create({ data: { job: name, tickKey: key, replica: 'dead:1', leaseUntil: new Date(Date.now() - 1000) } });
  let runs = 0;
  const job: Job = { name, description: 'test', everyMs, run: async () => ({ runs: ++runs }) };
  const stop = startPgScheduler(db, { databaseUrl: url, jobs: [job], replica: 'alive:2', log: () => {} });
  for (let i = 0; i < 50 && runs === 0; i++) await sleep(100);
  await sleep(200);
  await stop();
  const rows = await db.jobRun.findMany({ where: { job: name } });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.replica, 'alive:2');
  assert.equal(rows[0]?.ok, true);
  assert.equal(runs, 1);
  await db.jobRun.deleteMany({ where: { job: name } });
});

test('a tick still leased by a live replica is left alone', onPostgres, async () => {
  const name = `it-live-${randomBytes(4).toString('hex')}`;
  const everyMs = 60 * 60_000;
  const key = tickKey(name, tickStart(Date.now(), everyMs));
  await db.jobRun.create({ data: { job: name, tickKey: key, replica: 'busy:1', leaseUntil: new Date(Date.now() + 60_000) } });
  let runs = 0;
  const job: Job = { name, description: 'test', everyMs, run: async () => ({ runs: ++runs }) };
  const stop = startPgScheduler(db, { databaseUrl: url, jobs: [job], replica: 'other:2', log: () => {} });
  await sleep(800);
  await stop();
  assert.equal(runs, 0);
  await db.jobRun.deleteMany({ where: { job: name } });
});
