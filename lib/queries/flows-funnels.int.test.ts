// Sankey links and funnel steps over the hand-built fixture (lib/testing/dashboard-fixture.ts).
// Pageview sequences of the sessions started in R (reloads folded):
//   S1 / → /quests → /quests/mars      S2 /        S3 /login → /quests → /badges
//   S4 / → /quests                      S5 /        S6 /quests          S7 /about → /
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { refreshSessionPaths } from '@/lib/session-paths/refresh';
import { RANGE, withDashboardFixture } from '@/lib/testing/dashboard-fixture';
import { getFlows } from './flows';
import { getFunnel } from './funnels';
import { funnelStepsSchema } from './funnel-steps';

const fx = withDashboardFixture();

const { from, to } = RANGE;
const steps = (text: string) => funnelStepsSchema.parse(text);

// Every figure twice: read raw (the fixture's sessions start stale) and from SessionPath once the
// rollups job has summarised them.
function pinnedFigures() {
  describe('flows', () => {
    test('step-indexed links with a drop-off node per step', async () => {
      const graph = await getFlows(fx.site, from, to, { steps: 3, top: 5, entry: null });
      assert.equal(graph.sessions, 7);
      assert.deepEqual(graph.links.map((l) => `${l.source} → ${l.target} = ${l.value}`).sort(), [
        '1 · / → 2 · /quests = 2',
        '1 · / → 2 · Drop-off = 2',
        '1 · /about → 2 · / = 1',
        '1 · /login → 2 · /quests = 1',
        '1 · /quests → 2 · Drop-off = 1',
        '2 · / → 3 · Drop-off = 1',
        '2 · /quests → 3 · /badges = 1',
        '2 · /quests → 3 · /quests/mars = 1',
        '2 · /quests → 3 · Drop-off = 1',
      ]);
      assert.deepEqual(graph.entries, [
        { path: '/', sessions: 4 },
        { path: '/about', sessions: 1 },
        { path: '/login', sessions: 1 },
        { path: '/quests', sessions: 1 },
      ]);
    });

    test('the entry filter and top-N grouping', async () => {
      const fromHome = await getFlows(fx.site, from, to, { steps: 3, top: 5, entry: '/' });
      assert.equal(fromHome.sessions, 4);
      assert.deepEqual(fromHome.topPaths, [
        { pages: ['/'], sessions: 2 },
        { pages: ['/', '/quests'], sessions: 1 },
        { pages: ['/', '/quests', '/quests/mars'], sessions: 1 },
      ]);
      const top1 = await getFlows(fx.site, from, to, { steps: 2, top: 1, entry: null });
      assert.deepEqual(
        top1.nodes.filter((n) => n.step === 1).map((n) => [n.label, n.sessions]),
        [
          ['/', 4],
          ['Other pages', 3],
        ],
      );
    });
  });

  describe('funnels', () => {
    test('per session, in order: / → /quests → quest_started', async () => {
      // Reach /: S1, S2, S4, S5, S7 (5). Then /quests: S1, S4. Then quest_started: S1, S4.
      const funnel = await getFunnel(fx.site, from, to, steps('/,/quests,event:quest_started'));
      assert.deepEqual(funnel, {
        by: 'session',
        entered: 5,
        completed: 2,
        steps: [
          { label: '/', count: 5, conversion: 1, stepConversion: 1, dropOff: 0 },
          { label: '/quests', count: 2, conversion: 0.4, stepConversion: 0.4, dropOff: 3 },
          { label: 'event: quest_started', count: 2, conversion: 0.4, stepConversion: 1, dropOff: 0 },
        ],
      });
    });

    test('a prefix step matches paths under it only', async () => {
      // /quests/* matches /quests/mars (S1) but not /quests itself (S4).
      const funnel = await getFunnel(fx.site, from, to, steps('/,/quests/*'));
      assert.deepEqual(
        funnel.steps.map((s) => s.count),
        [5, 1],
      );
    });

    test('per visitor, steps may span sessions', async () => {
      // V1 saw /quests/mars in S1 (03-03) and /login in S3 (03-04): one visitor, two sessions.
      const funnel = steps('/quests/mars,/login');
      assert.deepEqual(
        (await getFunnel(fx.site, from, to, funnel, 'session')).steps.map((s) => s.count),
        [1, 0],
      );
      assert.deepEqual(
        (await getFunnel(fx.site, from, to, funnel, 'visitor')).steps.map((s) => s.count),
        [1, 1],
      );
    });

    test('order matters: /quests before / converts nobody here', async () => {
      // S1 and S4 see / first; S3 and S6 never see /. Per session: 4 reach /quests, none then /.
      assert.deepEqual(
        (await getFunnel(fx.site, from, to, steps('/quests,/'))).steps.map((s) => s.count),
        [4, 0],
      );
    });
  });
}

describe('from raw events (every session stale)', () => pinnedFigures());
describe('from SessionPath (after the rollups job)', () => {
  before(async () => {
    await refreshSessionPaths(db, parseDatabaseUrl().provider, fx.siteId);
    assert.equal(await db.session.count({ where: { siteId: fx.siteId, pathsStale: true } }), 0);
  });
  pinnedFigures();
});
