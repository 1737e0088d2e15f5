import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jobs } from '@/lib/jobs/registry';
import { parseRiskArgs, parseRiskEvalArgs, riskEvalJob, riskJob } from './jobs';

describe('risk jobs', () => {
  test('are registered; `risk` runs hourly, `risk-eval` only on demand', () => {
    assert.ok(jobs.includes(riskJob) && jobs.includes(riskEvalJob));
    assert.equal(riskJob.everyMs, 3_600_000);
    assert.equal(riskEvalJob.everyMs, undefined);
  });
  test('their flags read --name N and --name=N, with defaults when absent', () => {
    assert.equal(parseRiskArgs(['--backfill', '14']).backfillDays, 14);
    assert.deepEqual(parseRiskEvalArgs(['--horizon=3', '--tune']), { horizonDays: 3, tune: true });
    assert.deepEqual(parseRiskEvalArgs([]), { horizonDays: 14, tune: false });
  });
  test('their flags refuse nonsense with a readable message', () => {
    assert.throws(() => parseRiskArgs(['--backfill']), /--backfill needs a value/);
    assert.throws(() => parseRiskArgs(['--backfill', 'lots']), /got "lots"/);
    assert.throws(() => parseRiskEvalArgs(['--horizon=-2']), /got "-2"/);
    assert.throws(() => parseRiskEvalArgs(['--horizon', '3000000']), /--horizon must be between 1 and 3,650/);
  });
});
