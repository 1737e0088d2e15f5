import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteTodays, todayFor } from './picker-today';

const sites = [
  { key: 'demo', timeZone: 'UTC' },
  { key: 'shanghai', timeZone: 'Asia/Shanghai' },
  { key: 'new-york', timeZone: 'America/New_York' },
];

test('each site’s own date: 1 Mar 2031 20:30 UTC is 2 Mar in Shanghai and 1 Mar in New York', () => {
  const todays = siteTodays(sites, new Date('2031-03-01T20:30:00Z'));
  assert.deepEqual(todays.bySite, { demo: '2031-03-01', shanghai: '2031-03-02', 'new-york': '2031-03-01' });
  assert.equal(todayFor(todays, 'shanghai'), '2031-03-02');
  assert.equal(todayFor(todays, 'new-york'), '2031-03-01');
});

test('just after UTC midnight New York is still on the day before', () => {
  const todays = siteTodays(sites, new Date('2031-03-02T02:00:00Z'));
  assert.equal(todayFor(todays, 'new-york'), '2031-03-01');
  assert.equal(todayFor(todays, 'demo'), '2031-03-02');
});

test('no site named, or one not listed: the first site’s date; no sites at all: UTC', () => {
  const now = new Date('2031-03-01T20:30:00Z');
  const shanghaiFirst = siteTodays([sites[1]!, sites[0]!], now);
  assert.equal(todayFor(shanghaiFirst, null), '2031-03-02');
  assert.equal(todayFor(shanghaiFirst, 'unknown'), '2031-03-02');
  assert.equal(todayFor(siteTodays([], now), null), '2031-03-01');
});
