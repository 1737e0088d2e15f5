import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { paramRecord } from './search-params';
import { atRiskQuery, parseStudentListParams } from './students';

describe('parseStudentListParams', () => {
  test('defaults: most at risk first, page 1, no filters', () => {
    assert.deepEqual(parseStudentListParams({}), {
      params: { course: undefined, level: undefined, sort: 'score', dir: 'desc', page: 1 },
      notice: null,
    });
  });
  test('valid values are kept; name sorts ascending by default', () => {
    const { params } = parseStudentListParams(new URLSearchParams('course=c1&level=at_risk&sort=name&page=3'));
    assert.deepEqual(params, { course: 'c1', level: 'at_risk', sort: 'name', dir: 'asc', page: 3 });
  });
  test('a bad value is dropped with a notice naming it; the good ones stay', () => {
    const { params, notice } = parseStudentListParams({ level: 'doomed', sort: 'daysInactive', dir: 'asc' });
    assert.equal(params.level, undefined);
    assert.equal(params.sort, 'daysInactive');
    assert.equal(params.dir, 'asc');
    assert.equal(notice?.key, 'list');
    assert.match(notice?.values.details ?? '', /^level: /);
  });
});

describe('atRiskQuery', () => {
  const parse = (query: string) => atRiskQuery.safeParse(paramRecord(new URLSearchParams(query)));
  test('defaults: threshold 0.7, days 30', () => assert.deepEqual(parse('').data, { threshold: 0.7, days: 30 }));
  test('reads both', () => assert.deepEqual(parse('threshold=0.85&days=7').data, { threshold: 0.85, days: 7 }));
  for (const query of ['threshold=2', 'threshold=abc', 'days=0', 'days=1.5']) {
    // Route handlers answer a refused parameter with 400 naming it (lib/http/route.ts).
    test(`${query} is refused, naming the parameter`, () => {
      const parsed = parse(query);
      assert.equal(parsed.success, false);
      assert.equal(parsed.error?.issues[0]?.path[0], query.split('=')[0]);
    });
  }
});
