import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RECOMPUTE_DAYS, parseRollupArgs } from './args';

test('defaults recompute the last few days', () => {
  assert.deepEqual(parseRollupArgs([]), { days: DEFAULT_RECOMPUTE_DAYS, full: false });
});

test('reads --days, --full and --site', () => {
  assert.deepEqual(parseRollupArgs(['--days', '7', '--full', '--site', 'demo']), { days: 7, full: true, siteKey: 'demo' });
});

test('rejects bad values with a sentence', () => {
  assert.throws(() => parseRollupArgs(['--days', 'x']), /--days must be a whole number/);
  assert.throws(() => parseRollupArgs(['--days']), /needs a value/);
  assert.throws(() => parseRollupArgs(['--nope']), /Unknown option --nope\. Known options: --days, --full, --site/);
});
