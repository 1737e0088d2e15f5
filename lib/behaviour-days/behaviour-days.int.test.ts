// The daily behaviour and presence tables (DailyPageBehaviour, DailyClickCell, DailyElementClick,
// DailyNamedEvent, DailyEventType, DailyTech, VisitorDay): rows by hand, and the promise that every
// figure read from them plus raw edges equals the figure from raw events alone — for ranges that
// cut days in half, in UTC and in a UTC+8 site.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { createDashboardFixture, RANGE, type DashboardFixture } from '@/lib/testing/dashboard-fixture';
import { getClickHeatmap, getMouseActivity, getNamedEvents, getScrollDepth, getTopClicks } from '@/lib/queries/behaviour';
import { getChannels } from '@/lib/queries/sources';
import { getKpis, getTechBreakdown, getTimeseries } from '@/lib/queries/stats';
import { getNewVsReturning } from '@/lib/queries/retention';
import { rollupSite } from '@/lib/rollups/rollup-site';
import { dayStartIn } from '@/lib/time/site-day';
import type { AuthorizedSite } from '@/lib/access';

const provider = parseDatabaseUrl().provider;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const RANGES = [
  RANGE,
  { from: new Date('2031-03-03T11:00:00Z'), to: new Date('2031-03-11T14:00:30Z') },
  { from: new Date('2031-02-24T23:00:00Z'), to: new Date('2031-03-04T09:01:00Z') },
  { from: new Date('2031-03-05T00:00:00Z'), to: new Date('2031-03-05T20:00:00Z') },
];

/** Every figure the behaviour, overview, sources and retention pages read from the new tables, both ways. */
async function assertRolledEqualsRaw(site: AuthorizedSite) {
  for (const { from, to } of RANGES) {
    const at = `${from.toISOString()}…${to.toISOString()}`;
    const both = async <T>(read: (useRollups: boolean) => Promise<T>) => {
      const [rolled, raw] = await Promise.all([read(true), read(false)]);
      return { rolled, raw };
    };
    const checks = {
      topClicks: await both((useRollups) => getTopClicks(site, from, to, 15, { useRollups })),
      heatmap: await both((useRollups) => getClickHeatmap(site, from, to, null, { useRollups })),
      heatmapQuests: await both((useRollups) => getClickHeatmap(site, from, to, '/quests', { useRollups })),
      scroll: await both((useRollups) => getScrollDepth(site, from, to, 10, { useRollups })),
      mouse: await both((useRollups) => getMouseActivity(site, from, to, 10, { useRollups })),
      forms: await both((useRollups) => getNamedEvents(site, from, to, ['form_submit'], 20, { useRollups })),
      downloads: await both((useRollups) => getNamedEvents(site, from, to, ['download', 'outbound'], 20, { useRollups })),
      kpis: await both((useRollups) => getKpis(site, from, to, { useRollups })),
      series: await both((useRollups) => getTimeseries(site, from, to, undefined, { useRollups })),
      tech: await both((useRollups) => getTechBreakdown(site, from, to, 8, { useRollups })),
      channels: await both((useRollups) => getChannels(site, from, to, { useRollups })),
      newVsReturning: await both((useRollups) => getNewVsReturning(site, from, to, undefined, { useRollups })),
    };
    for (const [name, { rolled, raw }] of Object.entries(checks)) assert.deepEqual(rolled, raw, `${name} ${at}`);
    if (from.getTime() === RANGE.from.getTime()) {
      // Not vacuous: the full range has clicks, visitors and events to compare.
      assert.ok(checks.topClicks.raw.length > 0 && checks.heatmap.raw.cells.length > 0 && checks.mouse.raw.length > 0);
      assert.ok(checks.kpis.raw.visitors > 0 && checks.kpis.raw.events > 0 && checks.forms.raw.length > 0);
    }
  }
}

describe('behaviour and presence days (UTC site)', () => {
  let fx: DashboardFixture;
  before(async () => {
    fx = await createDashboardFixture();
    await rollupSite(db, provider, fx.siteId, { from: day('2031-02-20'), to: day('2031-03-13') });
  });
  after(() => fx.cleanup());

  test('rows worked out by hand', async () => {
    // 03-03: V1 (S1) and V2 (S2) both start their first session; both are new that day.
    const presence = await db.visitorDay.findMany({ where: { siteId: fx.siteId, day: day('2031-03-03') }, orderBy: { visitorId: 'asc' } });
    assert.deepEqual(
      presence.map((r) => [r.visitorId.slice(9), r.sessions, r.isNew]),
      [
        ['V1', 1, true],
        ['V2', 1, true],
      ],
    );
    // (100, 50) and (110, 60) on '/' fall in cell (2, 1).
    const cells = await db.dailyClickCell.findMany({ where: { siteId: fx.siteId, path: '/' } });
    assert.deepEqual(
      cells.map((c) => [c.cx, c.cy, c.clicks]),
      [[2, 1, 2]],
    );
    const types = await db.dailyEventType.aggregate({
      where: { siteId: fx.siteId, day: { gte: RANGE.from, lt: RANGE.to } },
      _sum: { events: true },
    });
    assert.equal(types._sum.events, 44);
  });

  test('stored days + raw edges = raw events alone', async () => {
    await assertRolledEqualsRaw(fx.site);
    // The pinned figures of the behaviour suite, now read from the tables.
    assert.deepEqual(await getTopClicks(fx.site, RANGE.from, RANGE.to), [
      { tag: 'a', elementId: 'hero-cta', text: 'Explore quests', track: 'hero-cta', clicks: 2, visitors: 2 },
      { tag: 'button', elementId: 'start-quest', text: 'Start quest', track: 'start-quest', clicks: 1, visitors: 1 },
    ]);
    assert.deepEqual(await getMouseActivity(fx.site, RANGE.from, RANGE.to), [{ path: '/', samples: 2, avgIntensity: 0.375 }]);
    assert.equal((await getKpis(fx.site, RANGE.from, RANGE.to)).visitors, 5);
  });

  test('a rolled-up day that later loses an event agrees again after the rerun', async () => {
    const click = await db.event.findFirstOrThrow({ where: { siteId: fx.siteId, type: 'click', path: '/' } });
    await db.event.delete({ where: { id: click.id } });
    const utcDay = click.timestamp.toISOString().slice(0, 10);
    await rollupSite(db, provider, fx.siteId, { from: day(utcDay), to: new Date(day(utcDay).getTime() + 86_400_000) });
    await assertRolledEqualsRaw(fx.site);
    const { id: _id, ...data } = click;
    await db.event.create({ data: { ...data, props: click.props ?? undefined } });
    await rollupSite(db, provider, fx.siteId, { from: day(utcDay), to: new Date(day(utcDay).getTime() + 86_400_000) });
  });
});

describe('behaviour and presence days (UTC+8 site)', () => {
  let fx: DashboardFixture;
  before(async () => {
    fx = await createDashboardFixture('Asia/Shanghai');
    const zone = 'Asia/Shanghai';
    await rollupSite(db, provider, fx.siteId, { from: dayStartIn(zone, '2031-02-20'), to: dayStartIn(zone, '2031-03-13') }, zone);
  });
  after(() => fx.cleanup());

  test('local days stored, and the same figures as raw events', async () => {
    await assertRolledEqualsRaw(fx.site);
  });
});
