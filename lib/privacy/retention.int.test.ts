import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { startWriter } from './int-writer';
import { parseDatabaseUrl } from '@/lib/database-url';
import { runJob } from '@/lib/jobs/run-job';
import { computeChannelRows, computePageRows } from '@/lib/rollups/compute';
import { rollupSite } from '@/lib/rollups/rollup-site';
import { RETENTION_SETTING_KEY } from './retention-config';
import { retentionJob } from './retention-job';
import { cleanup, createEvent, createSession, createSite, createUser, createVisitor, DAY, daysBefore } from './int-fixtures';

// Fixed so the cutoffs are exact: anonymise before 2026-08-24T12:00Z, delete before 2024-11-22T00:00Z.
const NOW = new Date('2026-11-22T12:00:00.000Z');
const provider = parseDatabaseUrl().provider;
const sites: string[] = [];
const users: string[] = [];
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

const OLD = daysBefore(NOW, 800); // 2024-09-13T12:00Z: deleted
const OLD_DAY = new Date('2024-09-13T00:00:00.000Z');
const MID = daysBefore(NOW, 120); // anonymised
const NEW = daysBefore(NOW, 30); // kept as is
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

let site: Awaited<ReturnType<typeof createSite>>;
let u: { id: string };
let w: { id: string };
const ids: Record<string, string> = {};

before(async () => {
  site = await createSite();
  sites.push(site.id);
  u = await createUser();
  w = await createUser();
  users.push(u.id, w.id);
  const v1 = await createVisitor(site.id, u.id, OLD, NEW);
  const v2 = await createVisitor(site.id, null, OLD, OLD);
  const v3 = await createVisitor(site.id, w.id, MID, MID);
  const s1old = await createSession(v1, u.id, OLD, { pageviews: 2, bounce: false });
  const s2old = await createSession(v2, null, OLD);
  const s1mid = await createSession(v1, u.id, MID);
  const s3mid = await createSession(v3, w.id, MID);
  const s1new = await createSession(v1, u.id, NEW);
  Object.assign(ids, {
    v1: v1.id,
    v2: v2.id,
    v3: v3.id,
    s1old: s1old.id,
    s2old: s2old.id,
    s1mid: s1mid.id,
    s3mid: s3mid.id,
    s1new: s1new.id,
  });

  const personal = { userId: u.id, userAgent: 'Mozilla/5.0 Test', ip: '203.0.113.0' };
  await createEvent(s1old, 'old-a', { ...personal, path: '/old' });
  await createEvent(s1old, 'old-b', { ...personal, path: '/old', timestamp: at(OLD, 10) });
  await createEvent(s1old, 'old-c', { ...personal, type: 'click', path: '/old', timestamp: at(OLD, 20) });
  await createEvent(s2old, 'old-d', { path: '/old', userAgent: 'Mozilla/5.0 Test' });
  await createEvent(s1mid, 'mid-a', {
    ...personal,
    path: '/mid',
    url: 'https://privacy.test/mid?email=ada%40school.edu',
    props: { to: 'ada@school.edu', n: 1 },
  });
  await createEvent(s1mid, 'mid-b', { type: 'click', path: '/mid', elementText: 'Write to ada@school.edu', timestamp: at(MID, 5) });
  await createEvent(s1mid, 'mid-c', { type: 'click', path: '/mid', elementText: 'Follow @handle', timestamp: at(MID, 6) });
  await createEvent(s3mid, 'mid-d', { userId: w.id, userAgent: 'Mozilla/5.0 Test', path: '/mid' });
  await createEvent(s1new, 'new-a', { ...personal, path: '/new', props: { to: 'ada@school.edu' } });
  await createEvent(s1new, 'new-b', { ...personal, type: 'click', path: '/new', timestamp: at(NEW, 5) });
});

async function snapshot(siteId: string) {
  const [events, sessions, visitors, pages, channels] = await Promise.all([
    db.event.findMany({ where: { siteId }, orderBy: { id: 'asc' } }),
    db.session.findMany({ where: { siteId }, orderBy: { id: 'asc' } }),
    db.visitor.findMany({ where: { siteId }, orderBy: { id: 'asc' } }),
    db.dailyPageStat.findMany({ where: { siteId }, orderBy: [{ day: 'asc' }, { path: 'asc' }] }),
    db.dailyChannelStat.findMany({ where: { siteId }, orderBy: [{ day: 'asc' }, { channel: 'asc' }] }),
  ]);
  return { events, sessions, visitors, pages, channels };
}

const byName = <E extends { name: string | null }>(events: E[]) => new Map(events.map((event) => [event.name, event]));

test('the retention job deletes 800-day-old data, anonymises 120-day-old data, keeps 30-day-old data', async () => {
  const oldDay = { from: OLD_DAY, to: new Date(OLD_DAY.getTime() + DAY) };
  const expectedPages = await computePageRows(db, provider, site.id, oldDay.from, oldDay.to);
  const expectedChannels = await computeChannelRows(db, provider, site.id, oldDay.from, oldDay.to);
  const before = byName((await snapshot(site.id)).events);

  const lines: string[] = [];
  const summary = await runJob(db, retentionJob, {
    now: NOW,
    args: ['--site', site.key, '--batch-size', '2'],
    log: (line) => lines.push(line),
  });
  const { durationMs, ...counts } = summary;
  assert.equal(typeof durationMs, 'number');
  assert.deepEqual(counts, {
    anonymiseAfterDays: 90,
    deleteAfterDays: 730,
    anonymisedBefore: '2026-08-24T12:00:00.000Z',
    deletedBefore: '2024-11-22T00:00:00.000Z',
    daysRolledUp: 70, // 2024-09-13 up to 2024-11-22: no rollups existed, so retention made them first
    eventsDeleted: 4,
    sessionsDeleted: 2,
    visitorsDeleted: 1,
    eventsAnonymised: 3, // mid-c only mentions @handle: examined, not changed
    sessionsAnonymised: 2,
    visitorsAnonymised: 1,
    batches: 4, // 4 deletions and 4 anonymisation candidates, 2 per batch
  });
  assert.match(lines.join('\n'), /deleted 4 event\(s\) in 2 batch\(es\), 2 empty session\(s\), 1 empty visitor\(s\)/);
  assert.match(lines.join('\n'), /anonymised 3 event\(s\) in 2 batch\(es\), unlinked 2 session\(s\) and 1 visitor\(s\) from users/);

  const after = await snapshot(site.id);
  const events = byName(after.events);
  assert.deepEqual([...events.keys()].sort(), ['mid-a', 'mid-b', 'mid-c', 'mid-d', 'new-a', 'new-b']);
  const midA = events.get('mid-a')!;
  assert.deepEqual(
    { userId: midA.userId, userAgent: midA.userAgent, ip: midA.ip, url: midA.url, props: midA.props },
    { userId: null, userAgent: null, ip: null, url: 'https://privacy.test/mid?email=[email]', props: { to: '[email]', n: 1 } },
  );
  // What aggregates need survives anonymisation untouched.
  for (const field of ['type', 'path', 'timestamp', 'sessionId', 'visitorId', 'siteId'] as const)
    assert.deepEqual(midA[field], before.get('mid-a')![field]);
  assert.equal(events.get('mid-b')!.elementText, 'Write to [email]');
  assert.deepEqual(events.get('mid-c'), before.get('mid-c'));
  assert.deepEqual({ userId: events.get('mid-d')!.userId, userAgent: events.get('mid-d')!.userAgent }, { userId: null, userAgent: null });
  assert.deepEqual(events.get('new-a'), before.get('new-a'));
  assert.deepEqual(events.get('new-b'), before.get('new-b'));

  assert.deepEqual(
    after.sessions.map((s) => [s.id, s.userId]).sort(),
    [
      [ids.s1mid, null],
      [ids.s3mid, null],
      [ids.s1new, u.id],
    ].sort(),
  );
  assert.deepEqual(
    after.visitors.map((v) => [v.id, v.userId]).sort(),
    [
      [ids.v1, u.id],
      [ids.v3, null],
    ].sort(),
  );

  // The deleted day's totals live on in the rollups, exactly as computed from the raw rows.
  const oldPages = after.pages.filter((row) => row.day.getTime() === OLD_DAY.getTime());
  const oldChannels = after.channels.filter((row) => row.day.getTime() === OLD_DAY.getTime());
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  assert.deepEqual(
    oldPages.map((row) => ({ ...row })),
    expectedPages.map((row) => ({ ...row })).sort(byPath),
  );
  assert.deepEqual(
    oldChannels.map((row) => ({ ...row })),
    expectedChannels.map((row) => ({ ...row })),
  );
  assert.deepEqual(oldPages.find((row) => row.path === '/old')?.views, 3);
  assert.deepEqual(
    oldChannels.map((row) => [row.channel, row.sessions, row.visitors, row.pageviews]),
    [['Direct', 2, 2, 3]],
  );

  // The daily tables holding visitor and session ids forget the deleted days (retention rolled them
  // up first, so they held old-c's click and both old sessions); the anonymous counts stay.
  const deletedDays = { siteId: site.id, day: { lt: new Date('2024-11-22T00:00:00.000Z') } };
  assert.deepEqual(
    await Promise.all([db.visitorDay.count({ where: deletedDays }), db.dailyElementClick.count({ where: deletedDays })]),
    [0, 0],
  );
  const oldTypes = await db.dailyEventType.findMany({ where: { siteId: site.id, day: OLD_DAY }, orderBy: { type: 'asc' } });
  assert.deepEqual(
    oldTypes.map((row) => [row.type, row.events]),
    [
      ['click', 1],
      ['pageview', 3],
    ],
  );

  const run = await db.jobRun.findFirst({ where: { job: 'retention' }, orderBy: { startedAt: 'desc' } });
  assert.equal(run?.ok, true);
  assert.equal((run?.details as Record<string, unknown>).eventsDeleted, 4);
  const audit = await db.auditLog.findFirst({
    where: { action: 'retention.run', target: `sites:${site.id}` },
    orderBy: { createdAt: 'desc' },
  });
  assert.equal(audit?.actorId, null);
  assert.equal((audit?.details as Record<string, unknown>).eventsAnonymised, 3);
});

test('a second run changes nothing', async () => {
  const before = await snapshot(site.id);
  const summary = await runJob(db, retentionJob, { now: NOW, args: ['--site', site.key], log: () => {} });
  for (const key of [
    'daysRolledUp',
    'eventsDeleted',
    'sessionsDeleted',
    'visitorsDeleted',
    'eventsAnonymised',
    'sessionsAnonymised',
    'visitorsAnonymised',
  ]) {
    assert.equal(summary[key], 0, key);
  }
  assert.deepEqual(await snapshot(site.id), before);
});

test('days already rolled up are not recomputed: the stored history is kept as it is', async () => {
  const other = await createSite();
  sites.push(other.id);
  const visitor = await createVisitor(other.id, null, OLD, OLD);
  const session = await createSession(visitor, null, OLD);
  await createEvent(session, 'only', { path: '/kept' });
  await rollupSite(db, provider, other.id, { from: OLD_DAY, to: new Date('2024-11-22T00:00:00.000Z') });
  // A marker no recomputation could produce: it must survive the deletion of the raw rows.
  await db.dailyPageStat.update({ where: { siteId_day_path: { siteId: other.id, day: OLD_DAY, path: '/kept' } }, data: { views: 41 } });

  const summary = await runJob(db, retentionJob, { now: NOW, args: ['--site', other.key], log: () => {} });
  assert.equal(summary.daysRolledUp, 0);
  assert.equal(summary.eventsDeleted, 1);
  assert.equal(await db.event.count({ where: { siteId: other.id } }), 0);
  const kept = await db.dailyPageStat.findMany({
    where: { siteId: other.id },
    select: { path: true, views: true, entries: true },
    orderBy: { path: 'asc' },
  });
  assert.deepEqual(kept, [
    { path: '/', views: 0, entries: 1 },
    { path: '/kept', views: 41, entries: 0 },
  ]);
});

test('a nonsense saved setting stops the job with a clear error and touches nothing', async () => {
  const previous = await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } });
  await db.setting.upsert({
    where: { key: RETENTION_SETTING_KEY },
    create: { key: RETENTION_SETTING_KEY, value: { anonymiseAfterDays: 400, deleteAfterDays: 300 } },
    update: { value: { anonymiseAfterDays: 400, deleteAfterDays: 300 } },
  });
  try {
    const before = await snapshot(site.id);
    await assert.rejects(
      runJob(db, retentionJob, { now: NOW, args: ['--site', site.key], log: () => {} }),
      /Retention periods are invalid: the saved deleteAfterDays must be longer than the anonymisation period/,
    );
    const run = await db.jobRun.findFirst({ where: { job: 'retention' }, orderBy: { startedAt: 'desc' } });
    assert.equal(run?.ok, false);
    assert.match(String((run?.details as Record<string, unknown>).error), /must be longer than the anonymisation period/);
    assert.deepEqual(await snapshot(site.id), before);
  } finally {
    if (previous) await db.setting.update({ where: { key: RETENTION_SETTING_KEY }, data: { value: previous.value ?? {} } });
    else await db.setting.deleteMany({ where: { key: RETENTION_SETTING_KEY } });
  }
});

test('runs while another process keeps writing (the CLI job beside a running server)', async () => {
  const busy = await createSite();
  sites.push(busy.id);
  const visitor = await createVisitor(busy.id, null, MID, MID);
  const session = await createSession(visitor, null, MID);
  await db.event.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      siteId: busy.id,
      sessionId: session.id,
      visitorId: visitor.id,
      type: 'click',
      path: '/',
      userAgent: 'UA',
      timestamp: at(MID, i),
    })),
  });
  const writer = await startWriter(`writer:${busy.id}`);
  try {
    const summary = await runJob(db, retentionJob, { now: NOW, args: ['--site', busy.key, '--batch-size', '3'], log: () => {} });
    assert.equal(summary.eventsAnonymised, 30);
  } finally {
    assert.ok((await writer.stop()) > 0, 'the other process kept writing');
  }
});
