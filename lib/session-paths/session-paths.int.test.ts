// SessionPath against a full raw scan: flows and funnels give exactly the figures of
// lib/testing/raw-paths.ts (the queries as they were before the table) when every session is
// stale (read raw), after the rollups job built the table, with ingest writing meanwhile (new
// sessions, late events, a session shared by two browsers), after retention deleted old events
// and after an erasure. Events go through ingest's group commit (writeBatches).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { siteForSystem, type AuthorizedSite } from '@/lib/access';
import { writeBatches } from '@/lib/ingest/store';
import type { EventDraft, PreparedBatch } from '@/lib/ingest/types';
import { DIRECT_CONTEXT } from '@/lib/testing/server-batch';
import { runJob } from '@/lib/jobs/run-job';
import { rollupsJob } from '@/lib/rollups/job';
import { runRetention } from '@/lib/privacy/retention';
import { eraseUserData } from '@/lib/privacy/erasure';
import { getFlows, type FlowOptions } from '@/lib/queries/flows';
import { getFunnel } from '@/lib/queries/funnels';
import { funnelStepsSchema } from '@/lib/queries/funnel-steps';
import { rawFlows, rawFunnel } from '@/lib/testing/raw-paths';
import { cleanup, createSite, createUser, unique } from '@/lib/privacy/int-fixtures';
import { SESSION_PATH_ITEMS } from './items';
import { MAX_EXCLUDED } from './grouped';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = Date.parse('2031-05-01T00:00:00.000Z');
const PATHS = ['/', '/quests', '/quests/mars', '/quests/moon', '/badges', '/login'];
const NAMES = ['quest_started', 'quest_completed', 'badge_earned'];

// A small deterministic PRNG, so a failure reproduces.
let state = 12345;
const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;

const CONTEXT = { ...DIRECT_CONTEXT, device: 'desktop', browser: 'Chrome', os: 'Linux', language: 'en', screen: '1440x900' };

function draft(at: number, kind: 'pageview' | 'custom' | 'click', value?: string): EventDraft {
  const path = kind === 'custom' ? null : (value ?? pick(PATHS));
  return { type: kind, path, name: kind === 'custom' ? (value ?? pick(NAMES)) : null, timestamp: new Date(at), trusted: true };
}

type Spec = { anonId: string; clientId: string; userId: string | null; events: EventDraft[] };

function batch(siteId: string, spec: Spec): PreparedBatch {
  return {
    siteId,
    anonId: spec.anonId,
    clientId: spec.clientId,
    userId: spec.userId,
    identity: spec.userId ? 'verified' : null,
    source: 'SERVER',
    context: CONTEXT,
    events: [...spec.events].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()),
  };
}

/** A session of `items` flow/funnel events (plus clicks) starting at `start`, split into batches. */
function session(anonId: string, userId: string | null, start: number, items: number): Spec[] {
  const clientId = unique('sid');
  const events: EventDraft[] = [];
  let at = start;
  for (let i = 0; i < items; i++) {
    at += Math.floor(rand() * 4 * 60_000) + 1000;
    const r = rand();
    // Reloads (the same path twice) happen: flows fold them, funnels do not.
    if (r < 0.6) events.push(draft(at, 'pageview', i > 0 && rand() < 0.15 ? (events[events.length - 1]?.path ?? '/') : undefined));
    else if (r < 0.85) events.push(draft(at, 'custom'));
    else events.push(draft(at, 'click'));
  }
  const batches: Spec[] = [];
  for (let i = 0; i < events.length; i += 7) batches.push({ anonId, clientId, userId, events: events.slice(i, i + 7) });
  return batches;
}

async function ingest(siteId: string, specs: Spec[]) {
  // Groups of several batches per transaction, as the group commit writes them.
  for (let i = 0; i < specs.length; i += 5)
    await db.$transaction((tx) =>
      writeBatches(
        tx,
        specs.slice(i, i + 5).map((spec) => batch(siteId, spec)),
      ),
    );
}

const RANGES: [string, number, number][] = [
  ['everything', BASE - DAY, BASE + 40 * DAY],
  ['a cut through sessions', BASE + 3 * DAY + 5 * HOUR + 17 * 60_000, BASE + 11 * DAY + 2 * HOUR + 41 * 60_000],
  ['one day', BASE + 6 * DAY, BASE + 7 * DAY],
  ['the last days', BASE + 14 * DAY + 13 * HOUR, BASE + 40 * DAY],
];
const FLOWS: FlowOptions[] = [
  { steps: 3, top: 4, entry: null },
  { steps: 5, top: 6, entry: null },
  { steps: 8, top: 3, entry: '/' },
];
const FUNNELS = [
  '/,/quests,event:quest_started,event:quest_completed',
  '/quests/*,event:quest_started,/badges',
  '/,/,/quests',
  '/login,/quests/moon',
];

async function assertSameAsRawScan(site: AuthorizedSite) {
  for (const [label, from, to] of RANGES) {
    const [f, t] = [new Date(from), new Date(to)];
    for (const options of FLOWS)
      assert.deepEqual(
        await getFlows(site, f, t, options),
        await rawFlows(site.id, f, t, options),
        `flows ${JSON.stringify(options)} over ${label}`,
      );
    for (const text of FUNNELS) {
      const steps = funnelStepsSchema.parse(text);
      for (const by of ['session', 'visitor'] as const) {
        const funnel = await getFunnel(site, f, t, steps, by);
        assert.deepEqual(
          funnel.steps.map((s) => s.count),
          await rawFunnel(site.id, f, t, steps, by),
          `funnel ${text} by ${by} over ${label}`,
        );
      }
    }
  }
}

const staleCount = (siteId: string) => db.session.count({ where: { siteId, pathsStale: true } });

describe('session paths', () => {
  let site: AuthorizedSite;
  let userId: string;
  let adminId: string;
  const anon = Array.from({ length: 24 }, () => unique('anon'));

  before(async () => {
    const row = await createSite();
    site = siteForSystem(row);
    userId = (await createUser()).id;
    adminId = (await createUser('ADMIN')).id;
    const specs: Spec[] = [];
    for (let day = 0; day < 20; day++)
      for (let n = 0; n < 6; n++) {
        const visitor = Math.floor(rand() * anon.length);
        specs.push(
          ...session(
            anon[visitor] as string,
            visitor === 0 ? userId : null,
            BASE + day * DAY + Math.floor(rand() * 23 * HOUR),
            1 + Math.floor(rand() * 14),
          ),
        );
      }
    // Longer than the stored prefix, a path that cannot be encoded, a visitor with back-to-back sessions.
    for (const day of [2, 9, 17]) specs.push(...session(anon[1] as string, null, BASE + day * DAY + 22 * HOUR, SESSION_PATH_ITEMS + 20));
    specs.push({
      anonId: anon[2] as string,
      clientId: unique('sid'),
      userId: null,
      events: [draft(BASE + 8 * DAY, 'pageview', '/odd\npath')],
    });
    specs.push(...session(anon[3] as string, null, BASE + 5 * DAY + 23 * HOUR + 50 * 60_000, 12));
    await ingest(site.id, specs);
  });

  after(async () => {
    await cleanup([site.id], [userId, adminId]);
    await db.$disconnect();
  });

  test('before the job every session is stale and the figures are the raw scan', async () => {
    assert.equal(await staleCount(site.id), await db.session.count({ where: { siteId: site.id } }));
    await assertSameAsRawScan(site);
  });

  test('the rollups job builds a row per session; the figures do not move', async () => {
    const summary = await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.equal(summary.sessionPaths, await db.session.count({ where: { siteId: site.id } }));
    assert.equal(await staleCount(site.id), 0);
    const paths = await db.sessionPath.findMany({ where: { siteId: site.id } });
    assert.ok(
      paths.some((p) => p.itemCount > SESSION_PATH_ITEMS),
      'a session longer than the stored prefix',
    );
    assert.ok(
      paths.some((p) => p.items === null && p.itemCount > 0),
      'a session whose path cannot be encoded',
    );
    await assertSameAsRawScan(site);
  });

  test('the figures are read from the table, not from events', async () => {
    const [from, to] = [new Date(RANGES[0]![1]), new Date(RANGES[0]![2])];
    const before = await getFlows(site, from, to, FLOWS[0]!);
    const victim = await db.sessionPath.findFirstOrThrow({
      where: { siteId: site.id, pageCount: { gt: 0 }, itemCount: { lte: SESSION_PATH_ITEMS } },
    });
    await db.sessionPath.update({ where: { sessionId: victim.sessionId }, data: { items: 'p/planted-by-test' } });
    const after = await getFlows(site, from, to, FLOWS[0]!);
    assert.ok(after.entries.some((e) => e.path === '/planted-by-test'));
    assert.notDeepEqual(after, before);
    await db.session.update({ where: { id: victim.sessionId }, data: { pathsStale: true } });
    await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.deepEqual(await getFlows(site, from, to, FLOWS[0]!), before);
  });

  test('ingest after the job (late events, new sessions, a second browser in a session): the live edge stays exact', async () => {
    const existing = await db.session.findMany({ where: { siteId: site.id }, orderBy: { startedAt: 'asc' }, take: 30 });
    const late: Spec[] = existing.slice(0, 10).map((s, i) => ({
      anonId: i % 3 === 0 ? unique('anon') : (anon[4] as string),
      clientId: s.clientId,
      userId: null,
      // Before the session's last activity: the batch continues the session out of order.
      events: [draft(s.lastSeenAt.getTime() - 30_000, 'pageview'), draft(s.lastSeenAt.getTime() - 20_000, 'custom', 'quest_started')],
    }));
    const fresh = session(anon[5] as string, null, BASE + 12 * DAY + 3 * HOUR, 10);
    await ingest(site.id, [...late, ...fresh]);
    assert.ok((await staleCount(site.id)) >= 10);
    await assertSameAsRawScan(site);
    await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.equal(await staleCount(site.id), 0);
    assert.ok(
      (await db.sessionPath.count({ where: { siteId: site.id, visitorId: null, itemCount: { gt: 0 } } })) > 0,
      'a session two browsers wrote to',
    );
    await assertSameAsRawScan(site);
  });

  test('erasing a user: exact before and after the next job', async () => {
    const erased = await eraseUserData(db, { actorId: adminId, userId });
    assert.ok(erased.events > 0);
    await assertSameAsRawScan(site);
    await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.equal(await staleCount(site.id), 0);
    await assertSameAsRawScan(site);
  });

  test('retention deleting old events: exact before and after the next job', async () => {
    const now = new Date(BASE + 26 * DAY);
    const result = await runRetention(db, { now, periods: { anonymiseAfterDays: 10, deleteAfterDays: 20 }, siteIds: [site.id] });
    assert.ok(result.eventsDeleted > 0);
    await assertSameAsRawScan(site);
    await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.equal(await staleCount(site.id), 0);
    await assertSameAsRawScan(site);
  });
});

// More stale sessions than the exclusion list of grouped reads takes (MAX_EXCLUDED): flows and
// funnels then read every summary row one by one and must still skip the stale ones, whose rows
// are out of date (ingest flags a session without deleting its summary).
describe('more stale sessions than MAX_EXCLUDED', () => {
  let site: AuthorizedSite;
  const anon = Array.from({ length: 40 }, () => unique('anon'));

  before(async () => {
    site = siteForSystem(await createSite());
  });
  after(async () => {
    await cleanup([site.id], []);
    await db.$disconnect();
  });

  test('summaries read one by one, stale ones skipped: exact against the raw scan', async () => {
    const sessions: Spec[][] = [];
    for (let i = 0; i < MAX_EXCLUDED + 60; i++)
      sessions.push(session(anon[i % anon.length] as string, null, BASE + (i % 20) * DAY + (i % 23) * HOUR, 2 + (i % 4)));
    await ingest(site.id, sessions.flat());
    await runJob(db, rollupsJob, { args: ['--site', site.key], log: () => {} });
    assert.equal(await staleCount(site.id), 0);

    // A late pageview in all but 30 sessions: flagged stale, their summaries left behind.
    const late: Spec[] = sessions.slice(30).map((specs) => {
      const last = specs[specs.length - 1]!;
      const at = Math.max(...specs.flatMap((spec) => spec.events.map((e) => e.timestamp.getTime())));
      return { ...last, events: [draft(at + 60_000, 'pageview', '/late')] };
    });
    await ingest(site.id, late);
    assert.ok((await staleCount(site.id)) > MAX_EXCLUDED, 'more stale sessions than an exclusion list takes');
    assert.ok(
      (await db.sessionPath.count({ where: { siteId: site.id, session: { pathsStale: true } } })) > MAX_EXCLUDED,
      'their out-of-date summaries are still there',
    );
    await assertSameAsRawScan(site);
  });
});
