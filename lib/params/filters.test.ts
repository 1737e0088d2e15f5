import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from '@/lib/http/errors';
import { describeRange, filtersToSearchParams, inSiteZone, parseFilters, parseFiltersForPage, previousPeriod } from './filters';

const now = new Date('2025-03-15T12:00:00Z');
const DAY = 86_400_000;

test('defaults to the last 7 days and no site', () => {
  const filters = parseFilters(new URLSearchParams(), now);
  // The last 7 whole days, today included: from 00:00 six days ago (UTC until the site's zone is known).
  assert.deepEqual(filters, { siteKey: undefined, range: '7d', from: new Date('2025-03-09T00:00:00Z'), to: now });
});

test('reads presets from URLSearchParams and from page searchParams objects', () => {
  assert.equal(parseFilters(new URLSearchParams('site=demo&range=24h'), now).from.getTime(), now.getTime() - DAY);
  const filters = parseFilters({ site: ['demo', 'other'], range: '90d' }, now);
  assert.equal(filters.siteKey, 'demo');
  assert.equal(filters.range, '90d');
  assert.equal(filters.from.toISOString(), '2024-12-16T00:00:00.000Z');
});

test('a custom range covers whole UTC days, to exclusive', () => {
  const filters = parseFilters({ from: '2025-02-01', to: '2025-02-28' }, now);
  assert.equal(filters.range, 'custom');
  assert.equal(filters.from.toISOString(), '2025-02-01T00:00:00.000Z');
  assert.equal(filters.to.toISOString(), '2025-03-01T00:00:00.000Z');
  assert.equal(parseFilters({ from: '2025-02-01', to: '2025-02-01' }, now).to.toISOString(), '2025-02-02T00:00:00.000Z');
});

test('custom dates win over a preset; empty values count as absent', () => {
  assert.equal(parseFilters({ range: '30d', from: '2025-01-01', to: '2025-01-02' }, now).range, 'custom');
  assert.equal(parseFilters({ range: '', site: '' }, now).range, '7d');
});

test('bad values are a 400 naming the parameter', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ range: '1y' }, /^range: /],
    [{ from: '2025-02-30', to: '2025-03-01' }, /^from: Not a real calendar date/],
    [{ from: '2025-02-01' }, /^to: Give both from and to/],
    [{ from: '2025-03-01', to: '2025-02-01' }, /to must be on or after from/],
    [{ from: '2020-01-01', to: '2025-01-01' }, /at most 366 days/],
    [{ site: '<script>' }, /^site: /],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => parseFilters(input, now),
      (error: unknown) => error instanceof HttpError && error.status === 400 && message.test(error.message),
      JSON.stringify(input),
    );
  }
});

test('pages fall back to defaults with a notice, keeping valid parts', () => {
  const ok = parseFiltersForPage({ range: '30d' }, now);
  assert.equal(ok.notice, null);
  const bad = parseFiltersForPage({ site: 'demo', range: 'forever' }, now);
  assert.equal(bad.filters.siteKey, 'demo');
  assert.equal(bad.filters.range, '7d');
  assert.equal(bad.notice?.key, 'filters');
  assert.match(bad.notice?.values.details ?? '', /range: /);
  assert.equal(bad.notice?.key === 'filters' && bad.notice.values.fallback, 'dates');
  const badSite = parseFiltersForPage({ site: 'a b', range: '24h' }, now);
  assert.equal(badSite.filters.siteKey, undefined);
  assert.equal(badSite.filters.range, '24h');
  assert.equal(badSite.notice?.key === 'filters' && badSite.notice.values.fallback, 'site');
  const both = parseFiltersForPage({ site: 'a b', range: 'forever' }, now);
  assert.equal(both.notice?.key === 'filters' && both.notice.values.fallback, 'both');
});

test('round-trips to URL parameters', () => {
  const custom = parseFilters({ site: 'demo', from: '2025-02-01', to: '2025-02-28' }, now);
  assert.equal(filtersToSearchParams(custom).toString(), 'site=demo&from=2025-02-01&to=2025-02-28');
  assert.equal(filtersToSearchParams(parseFilters({ range: '30d' }, now)).toString(), 'range=30d');
});

test('previous period has the same length and ends where this one starts', () => {
  const filters = parseFilters({ range: '7d' }, now);
  const previous = previousPeriod(filters);
  assert.equal(previous.to.getTime(), filters.from.getTime());
  assert.equal(previous.to.getTime() - previous.from.getTime(), filters.to.getTime() - filters.from.getTime());
  assert.equal(filters.to.getTime() - filters.from.getTime(), 6.5 * DAY);
});

test('describes the period', () => {
  assert.equal(describeRange(parseFilters({ range: '30d' }, now)), 'Last 30 days');
  assert.equal(describeRange(parseFilters({ from: '2025-02-01', to: '2025-02-28' }, now)), '1 Feb 2025 – 28 Feb 2025');
  assert.equal(describeRange(parseFilters({ from: '2025-02-01', to: '2025-02-01' }, now)), '1 Feb 2025');
});

test('in the site’s zone, day presets start at a local midnight and custom days are local days', () => {
  const shanghai = inSiteZone(parseFilters({ range: '7d' }, now), 'Asia/Shanghai');
  // 12:00 UTC is 20:00 in Shanghai on 15 March; seven local days start at 9 March 00:00 (+08:00).
  assert.deepEqual([shanghai.from.toISOString(), shanghai.to], ['2025-03-08T16:00:00.000Z', now]);
  const rolling = inSiteZone(parseFilters({ range: '24h' }, now), 'Asia/Shanghai');
  assert.equal(rolling.from.getTime(), now.getTime() - DAY);
  const custom = inSiteZone(parseFilters({ site: 'demo', from: '2025-03-07', to: '2025-03-09' }, now), 'America/New_York');
  // 9 March 2025 is New York's spring-forward day: 23 hours long.
  assert.deepEqual([custom.from.toISOString(), custom.to.toISOString()], ['2025-03-07T05:00:00.000Z', '2025-03-10T04:00:00.000Z']);
  assert.equal(filtersToSearchParams(custom).toString(), 'site=demo&from=2025-03-07&to=2025-03-09');
  assert.equal(describeRange(custom), '7 Mar 2025 – 9 Mar 2025');
  assert.deepEqual(inSiteZone(custom, 'America/New_York'), custom);
});
