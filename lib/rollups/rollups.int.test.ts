// The rollups job's rows, and the promise that dashboards read the same figures whether a day
// comes from DailyPageStat/DailyChannelStat or from raw events.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { RANGE, withDashboardFixture } from '@/lib/testing/dashboard-fixture';
import { getPageStats } from '@/lib/queries/pages';
import { getChannels, getChannelTrend } from '@/lib/queries/sources';
import { getKpis, getTimeseries } from '@/lib/queries/stats';
import { readCoverage } from './coverage';
import { rollupSite } from './rollup-site';
import { rollupsJob } from './job';

const fx = withDashboardFixture();
const provider = parseDatabaseUrl().provider;

const { from, to } = RANGE;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('rollups', () => {
  test('a day of DailyPageStat and DailyChannelStat rows, computed by hand', async () => {
    await rollupSite(db, provider, fx.siteId, { from: day('2031-02-20'), to: day('2031-03-13') });
    // 03-03 '/': views S1 + S2; entries S1, S2 (S2 bounced); exits 60 s + 30 s; load 100 + 400.
    const home = await db.dailyPageStat.findUnique({
      where: { siteId_day_path: { siteId: fx.siteId, day: day('2031-03-03'), path: '/' } },
    });
    assert.deepEqual(
      home && { ...home, engagementMs: Number(home.engagementMs), loadMs: Number(home.loadMs), day: home.day.toISOString() },
      {
        siteId: fx.siteId,
        day: '2031-03-03T00:00:00.000Z',
        path: '/',
        views: 2,
        uniques: 2,
        entries: 2,
        bounces: 1,
        engagementMs: 90_000,
        loadMs: 500,
        loadSamples: 2,
      },
    );
    const direct = await db.dailyChannelStat.findMany({ where: { siteId: fx.siteId, channel: 'Direct' }, orderBy: { day: 'asc' } });
    assert.deepEqual(
      direct.map((r) => [r.day.toISOString().slice(0, 10), r.sessions, r.visitors, r.pageviews, r.bounces, Number(r.durationMs)]),
      [
        ['2031-02-25', 1, 1, 1, 1, 5_000],
        ['2031-03-03', 1, 1, 3, 0, 300_000],
        ['2031-03-10', 1, 1, 1, 1, 10_000],
      ],
    );
    assert.deepEqual(await readCoverage(db, fx.siteId), { from: day('2031-02-20'), to: day('2031-03-13') });
  });

  test('rerunning replaces rows instead of adding to them', async () => {
    const before = await db.dailyPageStat.count({ where: { siteId: fx.siteId } });
    await rollupSite(db, provider, fx.siteId, { from: day('2031-03-01'), to: day('2031-03-13') });
    assert.equal(await db.dailyPageStat.count({ where: { siteId: fx.siteId } }), before);
    const views = await db.dailyPageStat.aggregate({ where: { siteId: fx.siteId }, _sum: { views: true } });
    assert.equal(views._sum.views, 15); // 14 in R + S0's one
  });

  test('rollups + raw edges agree with raw events alone, for ranges that cut days in half', async () => {
    const ranges = [
      RANGE,
      { from: new Date('2031-03-03T11:00:00Z'), to: new Date('2031-03-11T14:00:30Z') },
      { from: new Date('2031-02-24T23:00:00Z'), to: new Date('2031-03-04T09:01:00Z') },
    ];
    for (const range of ranges) {
      const rolled = await getPageStats(fx.site, range.from, range.to);
      const raw = await getPageStats(fx.site, range.from, range.to, { useRollups: false });
      assert.deepEqual(rolled, raw, `pages ${range.from.toISOString()}`);
      assert.ok(raw.length > 0);
      assert.deepEqual(
        await getChannelTrend(fx.site, range.from, range.to),
        await getChannelTrend(fx.site, range.from, range.to, { useRollups: false }),
      );
      assert.deepEqual(
        await getChannels(fx.site, range.from, range.to),
        await getChannels(fx.site, range.from, range.to, { useRollups: false }),
      );
    }
    // KPIs read sessions, bounces and durations from DailyChannelStat now: the same exact figures.
    assert.deepEqual(await getKpis(fx.site, from, to), {
      visitors: 5,
      sessions: 7,
      pageviews: 14,
      bounceRate: 3 / 7,
      avgEngagementMs: 166_429,
      events: 44,
    });
    // The growth chart's daily pageviews come from rollups for whole days: still 4, 6, 2, 1, 1.
    const series = await getTimeseries(fx.site, from, to);
    assert.deepEqual(series.points.map((p) => p.pageviews).filter(Boolean), [4, 6, 2, 1, 1]);
    assert.deepEqual(series.points.map((p) => p.sessions).filter(Boolean), [2, 2, 1, 1, 1]);
  });

  test('a rolled-up day that later receives an event is stale until rerun, then agrees again', async () => {
    const late = {
      siteId: fx.siteId,
      sessionId: fx.sessionIds.S5 as string,
      visitorId: fx.visitorIds.V4 as string,
      type: 'pageview',
      path: '/late',
      timestamp: new Date('2031-03-10T08:00:09Z'),
    };
    await db.event.create({ data: late });
    const stale = await getPageStats(fx.site, from, to);
    assert.equal(stale.find((p) => p.path === '/late')?.views, undefined);
    await rollupSite(db, provider, fx.siteId, { from: day('2031-03-10'), to: day('2031-03-11') });
    assert.deepEqual(await getPageStats(fx.site, from, to), await getPageStats(fx.site, from, to, { useRollups: false }));
    assert.equal((await getPageStats(fx.site, from, to)).find((p) => p.path === '/late')?.views, 1);
    await db.event.deleteMany({ where: { siteId: fx.siteId, path: '/late' } });
    await rollupSite(db, provider, fx.siteId, { from: day('2031-03-10'), to: day('2031-03-11') });
  });

  test('the job backfills from the first event, then recomputes only the last days', async () => {
    const logs: string[] = [];
    const args = ['--site', fx.siteKey];
    await db.setting.deleteMany({ where: { key: `rollups:coverage:${fx.siteId}` } });
    await rollupsJob.run({ db, now: new Date('2031-03-13T05:00:00Z'), log: (line) => logs.push(line), args: [...args, '--days', '2'] });
    assert.deepEqual(await readCoverage(db, fx.siteId), { from: day('2031-02-25'), to: day('2031-03-13') });
    assert.match(logs[0] ?? '', /16 day\(s\) from 2031-02-25/);
    await rollupsJob.run({ db, now: new Date('2031-03-14T05:00:00Z'), log: (line) => logs.push(line), args: [...args, '--days', '2'] });
    assert.match(logs[1] ?? '', /2 day\(s\) from 2031-03-12/);
    assert.deepEqual(await readCoverage(db, fx.siteId), { from: day('2031-02-25'), to: day('2031-03-14') });
  });
});
