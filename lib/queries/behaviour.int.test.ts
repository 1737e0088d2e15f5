// Behaviour, errors, event counts and realtime over the hand-built fixture (lib/testing/dashboard-fixture.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RANGE, withDashboardFixture } from '@/lib/testing/dashboard-fixture';
import { getClickHeatmap, getMouseActivity, getNamedEvents, getScrollDepth, getTopClicks, getVideos } from './behaviour';
import { getErrorSummary } from './errors';
import { getEventCounts } from './event-counts';
import { getRealtime } from './realtime';

const fx = withDashboardFixture();

const { from, to } = RANGE;

describe('behaviour', () => {
  test('top clicked elements with their data-track value', async () => {
    assert.deepEqual(await getTopClicks(fx.site, from, to), [
      { tag: 'a', elementId: 'hero-cta', text: 'Explore quests', track: 'hero-cta', clicks: 2, visitors: 2 },
      { tag: 'button', elementId: 'start-quest', text: 'Start quest', track: 'start-quest', clicks: 1, visitors: 1 },
    ]);
  });

  test('click heatmap bins x/y into 40 px cells on the most clicked page by default', async () => {
    // (100, 50) and (110, 60) both fall in cell (2, 1).
    const heatmap = await getClickHeatmap(fx.site, from, to, null);
    assert.deepEqual(heatmap, {
      path: '/',
      cell: 40,
      cells: [{ x: 2, y: 1, clicks: 2 }],
      clicks: 2,
      pages: [
        { path: '/', clicks: 2 },
        { path: '/quests', clicks: 1 },
      ],
    });
    assert.deepEqual((await getClickHeatmap(fx.site, from, to, '/quests')).cells, [{ x: 12, y: 7, clicks: 1 }]);
  });

  test('scroll depth = scroll events ÷ pageviews per page', async () => {
    const rows = await getScrollDepth(fx.site, from, to);
    assert.deepEqual(rows.slice(0, 2), [
      {
        path: '/',
        views: 5,
        reached: [
          { depth: 25, share: 0.2 },
          { depth: 50, share: 0 },
          { depth: 75, share: 0 },
          { depth: 100, share: 0 },
        ],
      },
      {
        path: '/quests',
        views: 5,
        reached: [
          { depth: 25, share: 0.2 },
          { depth: 50, share: 0 },
          { depth: 75, share: 0 },
          { depth: 100, share: 0 },
        ],
      },
    ]);
  });

  test('forms, downloads, videos and mouse activity', async () => {
    assert.deepEqual(await getNamedEvents(fx.site, from, to, ['form_submit']), [
      { type: 'form_submit', name: 'login-form', path: '/login', count: 1, sessions: 1 },
    ]);
    assert.deepEqual(await getNamedEvents(fx.site, from, to, ['download', 'outbound']), [
      { type: 'download', name: 'guide.pdf', path: '/quests', count: 1, sessions: 1 },
    ]);
    assert.deepEqual(await getVideos(fx.site, from, to), [{ src: '/v.mp4', plays: 1, completes: 1, completionRate: 1 }]);
    assert.deepEqual(await getMouseActivity(fx.site, from, to), [{ path: '/', samples: 2, avgIntensity: 0.375 }]);
  });
});

describe('errors and event counts', () => {
  test('errors grouped by message, newest first', async () => {
    assert.deepEqual(await getErrorSummary(fx.site, from, to), {
      total: 2,
      sessions: 2,
      errors: [
        {
          message: 'TypeError: x is undefined',
          count: 2,
          sessions: 2,
          pages: 2,
          source: 'app.js',
          firstSeen: '2031-03-04T09:01:40.000Z',
          lastSeen: '2031-03-10T08:00:05.000Z',
        },
      ],
    });
  });

  test('events by type and by custom name', async () => {
    const counts = await getEventCounts(fx.site, from, to);
    assert.equal(counts.total, 44);
    assert.deepEqual(counts.byType, [
      { type: 'page_exit', count: 14 },
      { type: 'pageview', count: 14 },
      { type: 'click', count: 3 },
      { type: 'custom', count: 3 },
      { type: 'error', count: 2 },
      { type: 'mouse_activity', count: 2 },
      { type: 'scroll', count: 2 },
      { type: 'video', count: 2 },
      { type: 'download', count: 1 },
      { type: 'form_submit', count: 1 },
    ]);
    assert.deepEqual(counts.custom, [
      { name: 'quest_started', category: 'quest', count: 2 },
      { name: 'quest_completed', category: 'quest', count: 1 },
    ]);
  });
});

describe('realtime', () => {
  test('active visitors, per-minute activity, current pages and the newest events', async () => {
    // Window 10:00–10:30 on 03-03 holds S1 only (10 events between 10:00:00 and 10:05:00).
    const live = await getRealtime(fx.site, new Date('2031-03-03T10:00:00Z'), new Date('2031-03-03T10:30:00Z'), 3);
    assert.equal(live.activeVisitors, 1);
    assert.equal(live.perMinute.length, 31);
    assert.deepEqual(
      live.perMinute.filter((m) => m.events > 0),
      [
        { minute: '2031-03-03T10:00', visitors: 1, events: 3 },
        { minute: '2031-03-03T10:01', visitors: 1, events: 3 },
        { minute: '2031-03-03T10:03', visitors: 1, events: 2 },
        { minute: '2031-03-03T10:04', visitors: 1, events: 1 },
        { minute: '2031-03-03T10:05', visitors: 1, events: 1 },
      ],
    );
    assert.deepEqual(live.pages, [{ path: '/quests/mars', visitors: 1 }]);
    assert.deepEqual(
      live.feed.map((e) => [e.type, e.name, e.path, e.timestamp, e.device]),
      [
        ['page_exit', null, '/quests/mars', '2031-03-03T10:05:00.000Z', 'desktop'],
        ['custom', 'quest_started', '/quests/mars', '2031-03-03T10:04:00.000Z', 'desktop'],
        ['pageview', null, '/quests/mars', '2031-03-03T10:03:00.000Z', 'desktop'],
      ],
    );
  });
});
