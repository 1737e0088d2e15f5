// Exact figures from the overview, pages, sources and retention queries over the hand-built
// fixture (lib/testing/dashboard-fixture.ts). Range R = 2031-03-03 … 2031-03-12 (10 UTC days).
// Sessions in R: S1–S7 (S0 is 2031-02-25). Visitors: V1 (S1, S3, S6), V2, V3, V4, V5 (S7).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RANGE, withDashboardFixture } from '@/lib/testing/dashboard-fixture';
import { getKpis, getStats, getTechBreakdown, getTimeseries } from './stats';
import { getPageStats } from './pages';
import { getChannels, getSourceBreakdown } from './sources';
import { getCohorts, getNewVsReturning } from './retention';

const fx = withDashboardFixture();

const { from, to } = RANGE;

describe('overview figures', () => {
  test('KPIs follow the stated definitions', async () => {
    // 7 sessions; 5 visitors; pageviews 3+1+4+2+1+1+2 = 14; events 10+5+10+8+3+4+4 = 44;
    // bounced S2, S5, S6 → 3/7; durations 300+30+120+600+10+60+45 = 1165 s → 166428.57 ms.
    assert.deepEqual(await getKpis(fx.site, from, to), {
      visitors: 5,
      sessions: 7,
      pageviews: 14,
      bounceRate: 3 / 7,
      avgEngagementMs: 166_429,
      events: 44,
    });
  });

  test('the previous period is the same length just before (S0 only)', async () => {
    const stats = await getStats(fx.site, from, to);
    assert.equal(stats.previousFrom, '2031-02-21T00:00:00.000Z');
    assert.deepEqual(stats.previous, { visitors: 1, sessions: 1, pageviews: 1, bounceRate: 1, avgEngagementMs: 5_000, events: 2 });
  });

  test('range ends are half-open and exact to the millisecond', async () => {
    // S1 starts exactly at 10:00:00.000: included from that instant, excluded before it.
    const at = new Date('2031-03-03T10:00:00.000Z');
    assert.equal((await getKpis(fx.site, at, new Date('2031-03-03T11:00:00Z'))).sessions, 1);
    assert.equal((await getKpis(fx.site, new Date('2031-03-03T09:00:00Z'), at)).sessions, 0);
  });

  test('daily growth series fills empty days with zeros', async () => {
    const series = await getTimeseries(fx.site, from, to);
    assert.equal(series.interval, 'day');
    assert.equal(series.points.length, 10);
    const nonZero = series.points.filter((p) => p.sessions > 0 || p.pageviews > 0);
    assert.deepEqual(nonZero, [
      { bucket: '2031-03-03', visitors: 2, sessions: 2, pageviews: 4 },
      { bucket: '2031-03-04', visitors: 2, sessions: 2, pageviews: 6 },
      { bucket: '2031-03-05', visitors: 1, sessions: 1, pageviews: 2 },
      { bucket: '2031-03-10', visitors: 1, sessions: 1, pageviews: 1 },
      { bucket: '2031-03-11', visitors: 1, sessions: 1, pageviews: 1 },
    ]);
  });

  test('a 24-hour range is bucketed by hour', async () => {
    const series = await getTimeseries(fx.site, new Date('2031-03-03T00:00:00Z'), new Date('2031-03-04T00:00:00Z'));
    assert.equal(series.interval, 'hour');
    assert.equal(series.points.length, 24);
    assert.deepEqual(
      series.points.filter((p) => p.sessions > 0),
      [
        { bucket: '2031-03-03T10', visitors: 1, sessions: 1, pageviews: 3 },
        { bucket: '2031-03-03T12', visitors: 1, sessions: 1, pageviews: 1 },
      ],
    );
  });
});

describe('devices, browsers and operating systems', () => {
  test('sessions per value', async () => {
    // desktop: S1, S3, S5, S6, S7; mobile: S2, S4. Chrome: S1, S3, S4, S6; Windows: S1, S3, S6, S7.
    assert.deepEqual(await getTechBreakdown(fx.site, from, to), {
      devices: [
        { name: 'desktop', sessions: 5 },
        { name: 'mobile', sessions: 2 },
      ],
      browsers: [
        { name: 'Chrome', sessions: 4 },
        { name: 'Edge', sessions: 1 },
        { name: 'Firefox', sessions: 1 },
        { name: 'Safari', sessions: 1 },
      ],
      os: [
        { name: 'Windows', sessions: 4 },
        { name: 'Android', sessions: 1 },
        { name: 'Linux', sessions: 1 },
        { name: 'iOS', sessions: 1 },
      ],
    });
  });
});

describe('pages', () => {
  test('per-path views, visitors, entries, bounce rate, time on page and load time', async () => {
    // '/': views S1,S2,S4,S5,S7 = 5 by 5 visitors; entries S1,S2,S4,S5 (bounced S2,S5) → 0.5;
    //      exits 60+30+300+10+30 = 430 s / 5 = 86 s; load 100+400+500+200+100 = 1300 / 5 = 260.
    // '/quests': views S1, S3 ×2, S4, S6 = 5 by V1, V3; entry S6 (bounced) → 1;
    //      exits 120+30+30+300+60 = 540 s / 5 = 108 s; load 200+250+150+100+300 = 1000 / 5 = 200.
    // '/login' has no loadMs sample, so its load time is unknown (null), not 0.
    assert.deepEqual(await getPageStats(fx.site, from, to), [
      { path: '/', views: 5, visitors: 5, entries: 4, bounceRate: 0.5, avgTimeMs: 86_000, avgLoadMs: 260 },
      { path: '/quests', views: 5, visitors: 2, entries: 1, bounceRate: 1, avgTimeMs: 108_000, avgLoadMs: 200 },
      { path: '/about', views: 1, visitors: 1, entries: 1, bounceRate: 0, avgTimeMs: 15_000, avgLoadMs: 600 },
      { path: '/login', views: 1, visitors: 1, entries: 1, bounceRate: 0, avgTimeMs: 30_000, avgLoadMs: null },
      { path: '/badges', views: 1, visitors: 1, entries: 0, bounceRate: null, avgTimeMs: 30_000, avgLoadMs: 50 },
      { path: '/quests/mars', views: 1, visitors: 1, entries: 0, bounceRate: null, avgTimeMs: 120_000, avgLoadMs: 300 },
    ]);
  });

  test('limit keeps the most viewed', async () => {
    assert.deepEqual(
      (await getPageStats(fx.site, from, to, { limit: 2 })).map((p) => p.path),
      ['/', '/quests'],
    );
  });
});

describe('sources', () => {
  test('channels with sessions, visitors, pageviews, bounce rate and mean duration', async () => {
    assert.deepEqual(await getChannels(fx.site, from, to), [
      { channel: 'Direct', sessions: 2, visitors: 2, pageviews: 4, bounceRate: 0.5, avgDurationMs: 155_000 },
      { channel: 'Campaign', sessions: 1, visitors: 1, pageviews: 2, bounceRate: 0, avgDurationMs: 600_000 },
      { channel: 'Organic Search', sessions: 1, visitors: 1, pageviews: 1, bounceRate: 1, avgDurationMs: 30_000 },
      { channel: 'Referral', sessions: 1, visitors: 1, pageviews: 1, bounceRate: 1, avgDurationMs: 60_000 },
      { channel: 'Social', sessions: 1, visitors: 1, pageviews: 4, bounceRate: 0, avgDurationMs: 120_000 },
      { channel: 'WeChat', sessions: 1, visitors: 1, pageviews: 2, bounceRate: 0, avgDurationMs: 45_000 },
    ]);
  });

  test('referring domains and UTM values, sessions without one left out', async () => {
    assert.deepEqual(
      (await getSourceBreakdown(fx.site, from, to, 'referrerDomain')).map((r) => [r.value, r.sessions, r.visitors]),
      [
        ['blog.example.org', 1, 1],
        ['facebook.com', 1, 1],
        ['google.com', 1, 1],
        ['weixin.qq.com', 1, 1],
      ],
    );
    assert.deepEqual(await getSourceBreakdown(fx.site, from, to, 'utmSource'), [{ value: 'newsletter', sessions: 1, visitors: 1 }]);
    assert.deepEqual(await getSourceBreakdown(fx.site, from, to, 'utmMedium'), [{ value: 'email', sessions: 1, visitors: 1 }]);
    assert.deepEqual(await getSourceBreakdown(fx.site, from, to, 'utmCampaign'), [{ value: 'spring', sessions: 1, visitors: 1 }]);
  });
});

describe('retention', () => {
  test('a visitor is new in the bucket holding their firstSeen and returning elsewhere', async () => {
    // 03-03: V1, V2 first seen → 2 new. 03-04: V1 again, V5 (first seen 02-25) → 2 returning.
    // 03-05: V3 new. 03-10: V4 new. 03-11: V1 returning. Whole range: 5 visitors, 4 new, 1 returning (V5).
    const result = await getNewVsReturning(fx.site, from, to);
    assert.deepEqual(
      result.points.filter((p) => p.visitors > 0),
      [
        { bucket: '2031-03-03', visitors: 2, new: 2, returning: 0 },
        { bucket: '2031-03-04', visitors: 2, new: 0, returning: 2 },
        { bucket: '2031-03-05', visitors: 1, new: 1, returning: 0 },
        { bucket: '2031-03-10', visitors: 1, new: 1, returning: 0 },
        { bucket: '2031-03-11', visitors: 1, new: 0, returning: 1 },
      ],
    );
    assert.deepEqual(result.totals, { visitors: 5, new: 4, returning: 1 });
  });

  test('weekly cohorts by ISO week of firstSeen', async () => {
    // Week of Mon 03-03: V1, V2, V3 (size 3), all active that week; only V1 (S6) in week +1.
    // Week of Mon 03-10: V4 (size 1), active in week 0. V5's cohort (02-24) is outside the range.
    assert.deepEqual(await getCohorts(fx.site, from, to), {
      from: '2031-03-03',
      weeks: 2,
      cohorts: [
        { week: '2031-03-03', size: 3, retained: [3, 1], rates: [1, 1 / 3] },
        { week: '2031-03-10', size: 1, retained: [1], rates: [1] },
      ],
    });
  });

  test('a mid-week start still takes whole cohort weeks', async () => {
    const cohorts = await getCohorts(fx.site, new Date('2031-03-05T12:00:00Z'), to);
    assert.equal(cohorts.from, '2031-03-03');
    assert.equal(cohorts.cohorts[0]?.size, 3);
  });
});
