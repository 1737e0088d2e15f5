import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jobs } from '@/lib/jobs/registry';
import { numberArg, riskEvalJob, riskJob } from './jobs';

describe('risk jobs', () => {
  test('are registered; `risk` runs hourly, `risk-eval` only on demand', () => {
    assert.ok(jobs.includes(riskJob) && jobs.includes(riskEvalJob));
    assert.equal(riskJob.everyMs, 3_600_000);
    assert.equal(riskEvalJob.everyMs, undefined);
  });
  test('numberArg reads --name N and --name=N, falls back when absent', () => {
    assert.equal(numberArg(['--backfill', '14'], 'backfill', 0), 14);
    assert.equal(numberArg(['--horizon=3'], 'horizon', 7), 3);
    assert.equal(numberArg([], 'horizon', 7), 7);
  });
  test('numberArg refuses nonsense with a readable message', () => {
    assert.throws(() => numberArg(['--backfill'], 'backfill', 0), /--backfill needs a whole number of days \(0–3650\), got nothing/);
    assert.throws(() => numberArg(['--backfill', 'lots'], 'backfill', 0), /got "lots"/);
    assert.throws(() => numberArg(['--horizon=-2'], 'horizon', 7), /got "-2"/);
  });
});
