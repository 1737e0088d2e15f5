import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localKey } from './local-key';
import { compile } from './sql';
import { bucketKeys } from './buckets';

const from = new Date('2031-03-01T00:00:00Z');
const to = new Date('2031-03-20T00:00:00Z');

test('UTC keeps the plain key; a fixed zone shifts by its offset', () => {
  assert.equal(compile(localKey('"t"', 'day', 'UTC', from, to), 'sqlite').text, 'substr("t", 1, 10)');
  assert.equal(
    compile(localKey('"t"', 'day', 'Asia/Shanghai', from, to), 'sqlite').text,
    `substr(strftime('%Y-%m-%dT%H:%M:%f', "t", '+28800 seconds'), 1, 10)`,
  );
  assert.equal(
    compile(localKey('"t"', 'hour', 'Asia/Shanghai', from, to), 'postgres').text,
    `to_char(("t" + INTERVAL '+28800 seconds'), 'YYYY-MM-DD"T"HH24')`,
  );
});

test('a daylight-saving change inside the range splits it at the bound instant', () => {
  const compiled = compile(localKey('"t"', 'day', 'America/New_York', from, to), 'postgres');
  assert.equal(
    compiled.text,
    `(CASE WHEN "t" < $1 THEN to_char(("t" + INTERVAL '-18000 seconds'), 'YYYY-MM-DD') ELSE to_char(("t" + INTERVAL '-14400 seconds'), 'YYYY-MM-DD') END)`,
  );
  assert.deepEqual(compiled.params, ['2031-03-09T07:00:00.000']);
});

test('bucket keys are local: days, hours (a skipped hour is absent) and Monday weeks', () => {
  assert.deepEqual(bucketKeys(new Date('2031-03-02T15:00:00Z'), new Date('2031-03-02T17:00:00Z'), 'day', 'Asia/Shanghai'), [
    '2031-03-02',
    '2031-03-03',
  ]);
  const spring = bucketKeys(new Date('2031-03-09T05:00:00Z'), new Date('2031-03-09T09:00:00Z'), 'hour', 'America/New_York');
  assert.deepEqual(spring, ['2031-03-09T00', '2031-03-09T01', '2031-03-09T03', '2031-03-09T04']);
  assert.deepEqual(bucketKeys(new Date('2031-03-02T16:00:00Z'), new Date('2031-03-04T00:00:00Z'), 'week', 'Asia/Shanghai'), ['2031-03-03']);
  assert.deepEqual(bucketKeys(new Date('2031-03-02T15:00:00Z'), new Date('2031-03-04T00:00:00Z'), 'week', 'Asia/Shanghai'), [
    '2031-02-24',
    '2031-03-03',
  ]);
});
