// Days in a site's own time zone, on both providers: events placed either side of a local
// midnight in UTC+8 (Asia/Shanghai) and UTC−5 (America/New_York in winter) and across New York's
// daylight-saving changes (March: a 23-hour day; November: a 25-hour day). Daily counts, the 7d
// boundary, weekly cohorts, and rollups (built by the job, and rebuilt after a zone change)
// giving exactly the figures of a raw scan.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { inSiteZone, parseFilters } from '@/lib/params/filters';
import { getPageStats } from '@/lib/queries/pages';
import { getCohorts, getNewVsReturning } from '@/lib/queries/retention';
import { getChannels, getChannelTrend } from '@/lib/queries/sources';
import { getKpis, getTimeseries } from '@/lib/queries/stats';
import { cleanup as cleanupUsers, createUser } from '@/lib/privacy/int-fixtures';
import { readCoverage } from '@/lib/rollups/coverage';
import { rollupsJob } from '@/lib/rollups/job';
import { rollupSite } from '@/lib/rollups/rollup-site';
import { setSiteTimeZone } from '@/lib/sites/time-zone';
import { createDashboardFixture, RANGE, type DashboardFixture } from '@/lib/testing/dashboard-fixture';
import { createZoneSite, type ZoneSite } from '@/lib/testing/zone-fixture';
import { daySpan, labelDate } from './site-day';

const provider = parseDatabaseUrl().provider;
const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const noLog = () => {};

const daily = async (zoneSite: ZoneSite, first: string, last: string) => {
  const span = daySpan(zoneSite.site.timeZone, first, last);
  const series = await getTimeseries(zoneSite.site, span.from, span.to, 'day');
  return series.points.map((p) => [p.bucket, p.pageviews, p.sessions, p.visitors]);
};

let shanghai: ZoneSite;
let newYork: ZoneSite;
const users: string[] = [];

before(async () => {
  shanghai = await createZoneSite(SH, [
    { visitor: 'F', at: '2031-02-26T15:59:00Z' }, // 26 Feb 23:59 local: outside the 7 days below
    { visitor: 'G', at: '2031-02-26T16:00:00Z' }, // 27 Feb 00:00 local: the first instant inside them
    { visitor: 'A', at: '2031-03-02T15:59:00Z' }, // Sunday 2 Mar 23:59 local
    { visitor: 'B', at: '2031-03-02T16:00:00Z' }, // Monday 3 Mar 00:00 local (still Sunday in UTC)
    { visitor: 'A', at: '2031-03-03T15:59:59Z', path: '/quests' }, // 3 Mar 23:59:59 local
    { visitor: 'C', at: '2031-03-03T16:00:00Z', channel: 'WeChat' }, // 4 Mar 00:00 local
    { visitor: 'B', at: '2031-03-05T01:00:00Z' }, // 5 Mar 09:00 local: "today" below
  ]);
  newYork = await createZoneSite(NY, [
    { visitor: 'W', at: '2031-01-15T04:59:00Z' }, // 14 Jan 23:59 EST (UTC−5)
    { visitor: 'W', at: '2031-01-15T05:00:00Z' }, // 15 Jan 00:00 EST
    // Clocks spring forward on 9 March 2031 at 07:00 UTC (02:00 EST → 03:00 EDT).
    { visitor: 'M', at: '2031-03-09T04:59:00Z' }, // 8 Mar 23:59 EST
    { visitor: 'M', at: '2031-03-09T05:00:00Z' }, // 9 Mar 00:00 EST
    { visitor: 'N', at: '2031-03-10T03:59:00Z' }, // 9 Mar 23:59 EDT (a fixed −5 h would say 22:59)
    { visitor: 'N', at: '2031-03-10T04:00:00Z' }, // 10 Mar 00:00 EDT (a fixed −5 h would say 9 Mar 23:00)
    // Clocks fall back on 2 November 2031 at 06:00 UTC (02:00 EDT → 01:00 EST).
    { visitor: 'P', at: '2031-11-02T03:59:00Z' }, // 1 Nov 23:59 EDT
    { visitor: 'P', at: '2031-11-02T04:00:00Z' }, // 2 Nov 00:00 EDT
    { visitor: 'Q', at: '2031-11-03T04:59:00Z', channel: 'Search' }, // 2 Nov 23:59 EST (the 25th hour of the day)
    { visitor: 'Q', at: '2031-11-03T05:00:00Z' }, // 3 Nov 00:00 EST
  ]);
});

after(async () => {
  await shanghai?.cleanup();
  await newYork?.cleanup();
  await cleanupUsers([], users);
  await db.$disconnect();
});

describe('local days', () => {
  test('UTC+8: events either side of local midnight land on their local days', async () => {
    assert.deepEqual(await daily(shanghai, '2031-02-26', '2031-03-05'), [
      ['2031-02-26', 1, 1, 1],
      ['2031-02-27', 1, 1, 1],
      ['2031-02-28', 0, 0, 0],
      ['2031-03-01', 0, 0, 0],
      ['2031-03-02', 1, 1, 1],
      ['2031-03-03', 2, 2, 2],
      ['2031-03-04', 1, 1, 1],
      ['2031-03-05', 1, 1, 1],
    ]);
  });

  test('UTC−5 in winter, and both New York daylight-saving changes', async () => {
    assert.deepEqual(await daily(newYork, '2031-01-14', '2031-01-15'), [
      ['2031-01-14', 1, 1, 1],
      ['2031-01-15', 1, 1, 1],
    ]);
    assert.deepEqual(await daily(newYork, '2031-03-08', '2031-03-10'), [
      ['2031-03-08', 1, 1, 1],
      ['2031-03-09', 2, 2, 2],
      ['2031-03-10', 1, 1, 1],
    ]);
    assert.deepEqual(await daily(newYork, '2031-11-01', '2031-11-03'), [
      ['2031-11-01', 1, 1, 1],
      ['2031-11-02', 2, 2, 2],
      ['2031-11-03', 1, 1, 1],
    ]);
  });

  test('a single local day is hourly, with 23 hours in March and 25 in November', async () => {
    const march = daySpan(NY, '2031-03-09', '2031-03-09');
    const spring = await getTimeseries(newYork.site, march.from, march.to);
    assert.equal(spring.interval, 'hour');
    assert.equal(spring.points.length, 23);
    assert.equal(
      spring.points.find((p) => p.bucket === '2031-03-09T02'),
      undefined,
    ); // 02:00–03:00 never happened
    assert.deepEqual(
      spring.points.filter((p) => p.pageviews > 0).map((p) => p.bucket),
      ['2031-03-09T00', '2031-03-09T23'],
    );
    const november = daySpan(NY, '2031-11-02', '2031-11-02');
    assert.equal(november.to.getTime() - november.from.getTime(), 25 * 3_600_000);
    const fall = await getTimeseries(newYork.site, november.from, november.to);
    // 01:00–02:00 happens twice and is one bucket, so 24 keys cover the 25 hours.
    assert.equal(fall.points.length, 24);
    assert.deepEqual(
      fall.points.filter((p) => p.pageviews > 0).map((p) => p.bucket),
      ['2031-11-02T00', '2031-11-02T23'],
    );
  });

  test('7d is the last 7 whole local days including today; 24h stays rolling', async () => {
    const now = new Date('2031-03-05T02:00:00Z'); // 5 Mar 10:00 in Shanghai
    const week = inSiteZone(parseFilters({ site: shanghai.site.key, range: '7d' }, now), SH);
    assert.deepEqual([week.from.toISOString(), week.to.toISOString()], ['2031-02-26T16:00:00.000Z', now.toISOString()]);
    const kpis = await getKpis(shanghai.site, week.from, week.to);
    assert.deepEqual([kpis.pageviews, kpis.sessions, kpis.visitors], [6, 6, 4]); // G, A, B, A, C, B — not F
    const series = await getTimeseries(shanghai.site, week.from, week.to);
    assert.deepEqual(
      series.points.map((p) => p.bucket),
      ['2031-02-27', '2031-02-28', '2031-03-01', '2031-03-02', '2031-03-03', '2031-03-04', '2031-03-05'],
    );
    const day = inSiteZone(parseFilters({ range: '24h' }, now), SH);
    assert.equal(day.to.getTime() - day.from.getTime(), 86_400_000);
  });

  test('weekly cohorts start on local Mondays; new vs returning by local day', async () => {
    const span = daySpan(SH, '2031-02-24', '2031-03-09');
    const cohorts = await getCohorts(shanghai.site, span.from, span.to);
    assert.equal(cohorts.from, '2031-02-24');
    // A (Sunday 2 Mar local), F and G are the 24 Feb cohort; B (Monday 3 Mar 00:00 local) and C the 3 Mar one.
    assert.deepEqual(
      cohorts.cohorts.map((c) => [c.week, c.size, c.retained]),
      [
        ['2031-02-24', 3, [3, 1]],
        ['2031-03-03', 2, [2]],
      ],
    );
    const fresh = await getNewVsReturning(shanghai.site, span.from, span.to, 'day');
    assert.deepEqual(
      fresh.points.filter((p) => p.visitors > 0).map((p) => [p.bucket, p.new, p.returning]),
      [
        ['2031-02-26', 1, 0],
        ['2031-02-27', 1, 0],
        ['2031-03-02', 1, 0],
        ['2031-03-03', 1, 1],
        ['2031-03-04', 1, 0],
        ['2031-03-05', 0, 1],
      ],
    );
  });
});

describe('rollups in local days', () => {
  const ranges = (zone: string) => [
    daySpan(zone, '2031-02-26', '2031-03-05'),
    { from: new Date('2031-03-02T10:00:00Z'), to: new Date('2031-03-04T03:00:00Z') },
    daySpan(zone, '2031-03-08', '2031-03-10'),
    daySpan(zone, '2031-11-01', '2031-11-03'),
    { from: new Date('2031-03-09T06:30:00Z'), to: new Date('2031-11-02T05:30:00Z') },
    { from: new Date('2031-01-01T00:00:00Z'), to: new Date('2031-12-01T00:00:00Z') },
  ];
  const figures = async (zoneSite: ZoneSite, range: { from: Date; to: Date }) => ({
    series: await getTimeseries(zoneSite.site, range.from, range.to, 'day'),
    kpis: await getKpis(zoneSite.site, range.from, range.to),
    pages: await getPageStats(zoneSite.site, range.from, range.to),
    trend: await getChannelTrend(zoneSite.site, range.from, range.to),
    channels: await getChannels(zoneSite.site, range.from, range.to),
  });

  test('the job stores local days, and rolled-up figures equal the raw scan', async () => {
    for (const zoneSite of [shanghai, newYork]) {
      const zone = zoneSite.site.timeZone;
      const raw = [];
      for (const range of ranges(zone)) raw.push(await figures(zoneSite, range));
      await rollupsJob.run({ db, now: new Date('2031-11-05T12:00:00Z'), log: noLog, args: ['--site', zoneSite.site.key] });
      assert.ok(await readCoverage(db, zoneSite.site.id, zone), `${zone} coverage`);
      for (const [i, range] of ranges(zone).entries()) {
        assert.deepEqual(await figures(zoneSite, range), raw[i], `${zone} ${range.from.toISOString()}`);
        const plain = await getPageStats(zoneSite.site, range.from, range.to, { useRollups: false });
        assert.deepEqual(await getPageStats(zoneSite.site, range.from, range.to), plain);
      }
    }
    const days = await db.dailyPageStat.findMany({ where: { siteId: shanghai.site.id }, orderBy: [{ day: 'asc' }, { path: 'asc' }] });
    assert.deepEqual(
      days.map((d) => [d.day.toISOString().slice(0, 10), d.path, d.views]),
      [
        ['2031-02-26', '/', 1],
        ['2031-02-27', '/', 1],
        ['2031-03-02', '/', 1],
        ['2031-03-03', '/', 1],
        ['2031-03-03', '/quests', 1],
        ['2031-03-04', '/', 1],
        ['2031-03-05', '/', 1],
      ],
    );
    const fall = await db.dailyChannelStat.findMany({
      where: { siteId: newYork.site.id, day: { gte: labelDate('2031-11-01'), lte: labelDate('2031-11-03') } },
      orderBy: [{ day: 'asc' }, { channel: 'asc' }],
    });
    assert.deepEqual(
      fall.map((d) => [d.day.toISOString().slice(0, 10), d.channel, d.sessions]),
      [
        ['2031-11-01', 'Direct', 1],
        ['2031-11-02', 'Direct', 1],
        ['2031-11-02', 'Search', 1],
        ['2031-11-03', 'Direct', 1],
      ],
    );
  });

  test('changing a site’s zone drops its rollups and rebuilds them with progress; figures move to the new days', async () => {
    const fixture: DashboardFixture = await createDashboardFixture();
    try {
      const admin = await createUser('ADMIN');
      users.push(admin.id);
      await rollupSite(db, provider, fixture.siteId, { from: new Date('2031-02-20T00:00:00Z'), to: RANGE.to });
      const utcDaily = (await getTimeseries(fixture.site, RANGE.from, RANGE.to)).points.map((p) => p.pageviews);

      const change = await setSiteTimeZone(admin, fixture.siteId, SH, { now: new Date('2031-03-13T05:00:00Z') });
      assert.equal(change.changed, true);
      // Dropped at once: nothing of the UTC days is read again.
      assert.equal(await readCoverage(db, fixture.siteId, 'UTC'), null);
      const site = { ...fixture.site, timeZone: SH };
      await change.rebuild;
      const run = await db.jobRun.findFirst({ where: { job: 'rollups-rebuild' }, orderBy: { startedAt: 'desc' } });
      const details = run?.details as Record<string, unknown>;
      assert.equal(run?.ok, true);
      assert.equal(details.site, fixture.siteKey);
      assert.equal(details.timeZone, SH);
      assert.ok(Number(details.total) > 0 && details.done === details.total);
      const coverage = await db.setting.findUnique({ where: { key: `rollups:coverage:${fixture.siteId}` } });
      assert.equal((coverage?.value as { timeZone?: string }).timeZone, SH);

      const span = daySpan(SH, '2031-03-03', '2031-03-12');
      const rolled = await getTimeseries(site, span.from, span.to);
      const raw = await getPageStats(site, span.from, span.to, { useRollups: false });
      assert.deepEqual(await getPageStats(site, span.from, span.to), raw);
      // S7 started 4 Mar 20:00 UTC, which is 5 Mar 04:00 in Shanghai: its 2 pageviews move a day.
      assert.deepEqual(
        rolled.points.map((p) => p.pageviews),
        [4, 4, 4, 0, 0, 0, 0, 1, 1, 0],
      );
      assert.deepEqual(utcDaily, [4, 6, 2, 0, 0, 0, 0, 1, 1, 0]);
      // The same events in total.
      assert.equal(
        rolled.points.reduce((sum, p) => sum + p.pageviews, 0),
        utcDaily.reduce((sum, p) => sum + p, 0),
      );

      assert.deepEqual(await setSiteTimeZone(admin, fixture.siteId, SH), { changed: false, timeZone: SH, rebuild: null });
      await assert.rejects(setSiteTimeZone(admin, fixture.siteId, 'Mars/Olympus'), /Not a time zone/);
      assert.equal((await db.site.findUnique({ where: { id: fixture.siteId } }))?.timeZone, SH);
    } finally {
      await fixture.cleanup();
    }
  });
});
