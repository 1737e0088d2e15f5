// A small, fully known clickstream for the export integration tests: two sites, every column
// kind, nulls, formula-like text, non-ASCII text and JSON props. Not a test file itself.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import type { ExportRow } from './columns';

export const unique = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
export const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
export const HYPERLINK = '=HYPERLINK("http://evil.test","Click me")';
export const UNICODE_TEXT = 'Ünïcødé 😀, "quoted"\nline two';

export type ExportFixture = {
  siteKey: string;
  otherSiteKey: string;
  admin: SessionUser;
  instructor: SessionUser;
  /** The rows an export of `siteKey` must contain, in order, with exactly these values. */
  expected: ExportRow[];
  cleanup: () => Promise<void>;
};

async function makeUser(role: SessionUser['role'], name: string): Promise<SessionUser> {
  const tag = unique(role.toLowerCase());
  return db.user.create({ data: { email: `${tag}@pathwise.test`, name, role }, select: { id: true, email: true, name: true, role: true } });
}

export async function createExportFixture(): Promise<ExportFixture> {
  const [site, otherSite] = await Promise.all(
    ['it-export', 'it-export-other'].map((prefix) =>
      db.site.create({ data: { key: unique(prefix), name: 'Export test site', domains: ['school.test'] } }),
    ),
  );
  const admin = await makeUser('ADMIN', 'Export Admin');
  const instructor = await makeUser('INSTRUCTOR', 'Export Instructor');
  const learner = await makeUser('STUDENT', 'Ana Álvarez');
  const started = new Date('2026-11-22T14:30:00.000Z');
  const visitor = await db.visitor.create({
    data: { siteId: site!.id, anonId: unique('anon'), userId: learner.id, firstSeen: started, lastSeen: started },
  });
  const session = await db.session.create({
    data: {
      siteId: site!.id,
      clientId: unique('sid'),
      visitorId: visitor.id,
      userId: learner.id,
      startedAt: started,
      lastSeenAt: started,
      channel: 'Organic Search',
    },
  });
  const otherVisitor = await db.visitor.create({
    data: { siteId: otherSite!.id, anonId: unique('anon'), firstSeen: started, lastSeen: started },
  });
  const otherSession = await db.session.create({
    data: {
      siteId: otherSite!.id,
      clientId: unique('sid'),
      visitorId: otherVisitor.id,
      startedAt: started,
      lastSeenAt: started,
      channel: 'Direct',
    },
  });

  const common = { siteId: site!.id, sessionId: session.id, visitorId: visitor.id, userAgent: UA, ip: '203.0.113.0' };
  // Props keys are in jsonb's order (shorter keys first), so Postgres hands them back unchanged.
  const click = await db.event.create({
    data: {
      ...common,
      userId: learner.id,
      type: 'click',
      category: 'navigation',
      url: 'https://school.test/quests/q1?tab=tasks&x=<1>',
      path: '/quests/q1',
      referrer: 'https://www.google.com/',
      elementId: 'start-btn',
      elementClasses: 'btn btn-primary',
      elementText: HYPERLINK,
      elementTag: 'button',
      x: 120,
      y: 340,
      props: { n: 2, track: 'start' },
      timestamp: new Date('2026-11-22T14:30:25.123Z'),
    },
  });
  const pageview = await db.event.create({
    data: {
      ...common,
      type: 'pageview',
      category: 'navigation',
      url: 'https://school.test/',
      path: '/',
      title: 'Home',
      timestamp: new Date('2026-11-22T14:31:00.000Z'),
    },
  });
  const scroll = await db.event.create({
    data: {
      ...common,
      userId: learner.id,
      type: 'scroll',
      category: 'navigation',
      url: 'https://school.test/quests/q1',
      path: '/quests/q1',
      elementClasses: '-danger',
      elementText: '@SUM(A1:A9)',
      elementId: '\r=cmd',
      scrollDepth: 75,
      props: {},
      timestamp: new Date('2026-11-23T00:00:00.000Z'),
    },
  });
  const custom = await db.event.create({
    data: {
      ...common,
      userId: learner.id,
      type: 'custom',
      category: 'quest',
      name: 'quest_completed',
      elementText: UNICODE_TEXT,
      durationMs: 5400,
      props: { xp: 50, questId: 'q1' },
      userAgent: null,
      ip: null,
      timestamp: new Date('2026-11-24T23:59:59.999Z'),
    },
  });
  await db.event.create({
    data: {
      siteId: otherSite!.id,
      sessionId: otherSession.id,
      visitorId: otherVisitor.id,
      type: 'pageview',
      path: '/other',
      timestamp: new Date('2026-11-22T15:00:00.000Z'),
    },
  });

  const s = site!.key;
  const expected: ExportRow[] = [
    [
      click.id,
      learner.id,
      'Ana Álvarez',
      session.id,
      'https://school.test/quests/q1?tab=tasks&x=<1>',
      'start-btn',
      'btn btn-primary',
      HYPERLINK,
      120,
      340,
      new Date('2026-11-22T14:30:25.123Z'),
      UA,
      '203.0.113.0',
      s,
      visitor.id,
      'click',
      'navigation',
      null,
      '/quests/q1',
      'https://www.google.com/',
      'Organic Search',
      null,
      null,
      '{"n":2,"track":"start"}',
    ],
    [
      pageview.id,
      null,
      null,
      session.id,
      'https://school.test/',
      null,
      null,
      null,
      null,
      null,
      new Date('2026-11-22T14:31:00.000Z'),
      UA,
      '203.0.113.0',
      s,
      visitor.id,
      'pageview',
      'navigation',
      null,
      '/',
      null,
      'Organic Search',
      null,
      null,
      null,
    ],
    [
      scroll.id,
      learner.id,
      'Ana Álvarez',
      session.id,
      'https://school.test/quests/q1',
      '\r=cmd',
      '-danger',
      '@SUM(A1:A9)',
      null,
      null,
      new Date('2026-11-23T00:00:00.000Z'),
      UA,
      '203.0.113.0',
      s,
      visitor.id,
      'scroll',
      'navigation',
      null,
      '/quests/q1',
      null,
      'Organic Search',
      75,
      null,
      null,
    ],
    [
      custom.id,
      learner.id,
      'Ana Álvarez',
      session.id,
      null,
      null,
      null,
      UNICODE_TEXT,
      null,
      null,
      new Date('2026-11-24T23:59:59.999Z'),
      null,
      null,
      s,
      visitor.id,
      'custom',
      'quest',
      'quest_completed',
      null,
      null,
      'Organic Search',
      null,
      5400,
      '{"xp":50,"questId":"q1"}',
    ],
  ];

  return {
    siteKey: site!.key,
    otherSiteKey: otherSite!.key,
    admin,
    instructor,
    expected,
    cleanup: async () => {
      await db.site.deleteMany({ where: { id: { in: [site!.id, otherSite!.id] } } });
      await db.auditLog.deleteMany({ where: { actorId: { in: [admin.id, instructor.id] } } });
      await db.user.deleteMany({ where: { id: { in: [admin.id, instructor.id, learner.id] } } });
    },
  };
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  return Buffer.concat(chunks);
}
