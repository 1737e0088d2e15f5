import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as legacy from '../format';
import { createFormatter, formatByKey } from './format';

const en = createFormatter('en');
const zh = createFormatter('zh-CN');
// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('English output matches the English-only helpers it replaces', () => {
  for (const value of [0, 7, 1234, 99_999, 123_456, 9_876_543]) assert.equal(en.number(value), legacy.formatNumber(value));
  for (const ratio of [0, 0.4, 0.4286, 1, 0.0049]) assert.equal(en.percent(ratio), legacy.formatPercent(ratio));
  for (const ms of [400, 45_000, 166_429, 180_000, 3_900_000, 7_200_000]) assert.equal(en.duration(ms), legacy.formatDuration(ms));
  assert.equal(en.ms(260), '260 ms');
  assert.equal(en.day('2026-03-03T10:04:00Z'), legacy.formatDay('2026-03-03T10:04:00Z'));
  assert.equal(plain(en.dayTime('2026-03-03T10:04:00Z')), legacy.formatDayTime('2026-03-03T10:04:00Z'));
  for (const key of ['2026-03-03', '2026-03-03T10', '2026-03-03T10:04']) {
    assert.equal(en.bucket(key), legacy.formatBucket(key));
    assert.equal(en.bucketLong(key), legacy.formatBucketLong(key));
  }
});

test('zh-CN numbers, percentages and durations', () => {
  assert.equal(zh.number(1234), '1,234');
  assert.equal(zh.number(123_456), '12.3万');
  assert.equal(zh.percent(0.4286), '42.9%');
  assert.equal(zh.duration(166_429), '2分钟46秒');
  assert.equal(zh.duration(45_000), '45秒');
  assert.equal(zh.duration(3_900_000), '1小时5分钟');
  assert.equal(zh.ms(260), '260毫秒');
  assert.equal(zh.ms(1340), '1.3秒');
});

test('zh-CN dates and buckets', () => {
  assert.equal(zh.day('2026-03-03T10:04:00Z'), '2026年3月3日');
  assert.equal(zh.bucket('2026-03-03'), '3月3日');
  assert.equal(zh.bucket('2026-03-03T10'), '10:00');
  assert.equal(zh.bucketLong('2026-03-03'), '3月3日周二');
});

test('instants follow the site time zone, not the server', () => {
  const shanghai = createFormatter('en', 'Asia/Shanghai');
  assert.equal(shanghai.day('2026-03-03T20:00:00Z'), '4 Mar 2026');
  assert.match(plain(shanghai.dayTime('2026-03-03T20:00:00Z')), /^4 Mar, 04:00 (GMT\+8|CST)$/);
  assert.equal(createFormatter('zh-CN', 'Asia/Shanghai').day('2026-03-03T20:00:00Z'), '2026年3月4日');
});

test('formats chosen by name give the same text as the methods', () => {
  assert.equal(formatByKey(zh, 'percent')(0.5), '50%');
  assert.equal(formatByKey(zh, 'duration')(166_429), '2分钟46秒');
  assert.equal(formatByKey(en, 'number')(1234), '1,234');
});

test('clock times follow the zone', () => {
  assert.equal(en.clock('2026-03-03T10:04:05Z'), '10:04:05');
  assert.equal(createFormatter('zh-CN', 'Asia/Shanghai').clock('2026-03-03T10:04:05Z'), '18:04:05');
});
