import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WEEKDAYS } from '@/lib/digests/settings';
import { hourLabel, weekdayName } from './weekday';

test('English weekday names and hours are the old ones; Chinese ones follow the same index', () => {
  assert.deepEqual(
    WEEKDAYS.map((_, index) => weekdayName('en', index)),
    [...WEEKDAYS],
  );
  assert.equal(weekdayName('zh-CN', 0), '星期日');
  assert.equal(weekdayName('zh-CN', 1), '星期一');
  assert.equal(hourLabel('en', 7), '07:00');
  assert.equal(hourLabel('zh-CN', 19), '19:00');
});
