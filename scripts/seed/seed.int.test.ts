// Runs against process.env.DATABASE_URL (a fresh, migrated SQLite file or Postgres database from
// scripts/test/run.ts). Seeds a small platform and checks what the app and the risk model rely on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import bcrypt from 'bcryptjs';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PARENT, DEMO_PARENT_SECOND_CHILD_EMAIL, DEMO_STUDENT } from './demo-accounts';
import { detectProvider, resetDatabase } from './reset';
import { seedDatabase, type SeedOptions, type SeedSummary } from './seed-database';

const target = parseDatabaseUrl(process.env.DATABASE_URL);
const db = createDb(target);
const NOW = new Date('2025-03-01T12:00:00Z');
// Three weeks, so that some quests get completed and the learning checks below are not 0 = 0.
const SMALL: SeedOptions = { students: 12, days: 21, now: NOW, seed: 7, provider: target.provider };

let summary: SeedSummary;

/** What "the same data" means: every count plus the first rows of the big tables, ids included. */
async function snapshot() {
  const [users, sessions, events, visitors, enrollments, xp, awards, outcomes] = await Promise.all([
    db.user.count(),
    db.session.count(),
    db.event.count(),
    db.visitor.count(),
    db.enrollment.count(),
    db.xpEntry.count(),
    db.badgeAward.count(),
    db.learningOutcome.count(),
  ]);
  return {
    counts: { users, sessions, events, visitors, enrollments, xp, awards, outcomes },
    firstEvents: await db.event.findMany({ orderBy: { id: 'asc' }, take: 5 }),
    firstSessions: await db.session.findMany({ orderBy: [{ startedAt: 'asc' }, { id: 'asc' }], take: 3 }),
    firstUsers: await db.user.findMany({ orderBy: { email: 'asc' }, take: 3 }),
    xpTotal: (await db.xpEntry.aggregate({ _sum: { amount: true } }))._sum.amount,
  };
}

async function scalar(sql: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<Array<{ n: number | bigint }>>(sql);
  return Number(rows[0]?.n ?? NaN);
}

before(async () => {
  // Start from nothing whatever ran before, and leave nothing behind (see after()).
  await resetDatabase(db, target.provider);
  summary = await seedDatabase(db, SMALL);
});

after(async () => {
  await resetDatabase(db, target.provider);
  await db.$disconnect();
});

test('the summary matches what is in the database', async () => {
  assert.equal(summary.students, 12);
  assert.equal(summary.users, await db.user.count());
  assert.equal(summary.events, await db.event.count());
  assert.equal(summary.sessions, await db.session.count());
  assert.equal(summary.visitors, await db.visitor.count());
  assert.ok(summary.events > 500, `only ${summary.events} events`);
  assert.equal(await detectProvider(db), target.provider);
});

test('demo accounts exist with their roles and the shared password', async () => {
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.findUnique({ where: { email: account.email } });
    assert.ok(user, `${account.email} is missing`);
    assert.equal(user.role, account.role, account.email);
    assert.ok(user.passwordHash, `${account.email} has no password`);
    assert.equal(bcrypt.getRounds(user.passwordHash), 10);
    assert.equal(await bcrypt.compare(DEMO_PASSWORD, user.passwordHash), true, `${account.email} rejects the demo password`);
    assert.equal(await bcrypt.compare('wrong-password', user.passwordHash), false);
  }
  const other = await db.user.findUnique({ where: { email: 'student002@pathwise.test' } });
  assert.equal(other?.passwordHash, null);
  const setting = await db.setting.findUnique({ where: { key: 'demo' } });
  assert.deepEqual(setting?.value, { accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })), password: DEMO_PASSWORD });
});

test('every student has an external id; the demo parent has two children, the demo student first', async () => {
  const students = await db.user.findMany({ where: { role: 'STUDENT' }, orderBy: { externalId: 'asc' } });
  assert.equal(students.length, 12);
  assert.deepEqual(
    students.map((student) => student.externalId),
    Array.from({ length: 12 }, (_, i) => `stu-${String(i).padStart(4, '0')}`),
  );
  const parent = await db.user.findUniqueOrThrow({
    where: { email: DEMO_PARENT.email },
    include: { children: { include: { child: true } } },
  });
  assert.deepEqual(parent.children.map((link) => link.child.email).sort(), [DEMO_PARENT_SECOND_CHILD_EMAIL, DEMO_STUDENT.email].sort());
  const instructors = await db.user.findMany({ where: { role: 'INSTRUCTOR' }, include: { teaches: true } });
  assert.equal(instructors.length, 3);
  for (const instructor of instructors)
    assert.ok(instructor.teaches.length >= 3 * 3, `${instructor.email} teaches ${instructor.teaches.length}`);
});

test('two sites; the demo site trusts browser learning events and allows localhost', async () => {
  const demo = await db.site.findUniqueOrThrow({ where: { key: 'demo' } });
  assert.equal(demo.name, 'Pathwise Demo Academy');
  assert.deepEqual(demo.domains, ['localhost', '127.0.0.1']);
  assert.equal(demo.trustBrowserLearningEvents, true);
  const community = await db.site.findUniqueOrThrow({ where: { key: 'community' } });
  assert.ok((await db.event.count({ where: { siteId: community.id } })) > 0, 'the community site has no traffic');
});

test('every event belongs to an existing session and that session’s visitor, within its time span', async () => {
  assert.equal(await scalar(`SELECT COUNT(*) AS n FROM "Event" e LEFT JOIN "Session" s ON s."id" = e."sessionId" WHERE s."id" IS NULL`), 0);
  assert.equal(await scalar(`SELECT COUNT(*) AS n FROM "Event" e LEFT JOIN "Visitor" v ON v."id" = e."visitorId" WHERE v."id" IS NULL`), 0);
  assert.equal(
    await scalar(
      `SELECT COUNT(*) AS n FROM "Event" e JOIN "Session" s ON s."id" = e."sessionId" WHERE e."visitorId" <> s."visitorId" OR e."timestamp" < s."startedAt" OR e."timestamp" > s."lastSeenAt"`,
    ),
    0,
  );
  assert.equal(
    await scalar(
      `SELECT COUNT(*) AS n FROM "Session" s WHERE s."eventCount" <> (SELECT COUNT(*) FROM "Event" e WHERE e."sessionId" = s."id")`,
    ),
    0,
  );
  assert.equal(await scalar(`SELECT COUNT(*) AS n FROM "Session" s WHERE s."bounce" <> (s."pageviews" <= 1)`), 0);
});

test('no event stores a full IPv4 address', async () => {
  const rows = await db.event.findMany({ where: { ip: { not: null } }, select: { ip: true }, distinct: ['ip'] });
  assert.ok(rows.length > 3, 'expected several anonymised addresses');
  for (const { ip } of rows) {
    const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip ?? '');
    if (v4) assert.equal(v4[4], '0', `full IPv4 stored: ${ip}`);
    else assert.match(ip ?? '', /^[0-9a-f:]+::$/, `not an anonymised address: ${ip}`);
  }
});

test('outcomes exist for every student; some drop out, never the demo student', async () => {
  const students = await db.user.findMany({ where: { role: 'STUDENT' }, include: { outcome: true } });
  for (const student of students) assert.ok(student.outcome, `${student.email} has no outcome`);
  const dropped = students.filter((student) => student.outcome?.droppedOut);
  assert.ok(dropped.length >= 1 && dropped.length <= 4, `${dropped.length} drop-outs among 12`);
  for (const student of dropped)
    assert.ok(student.outcome?.droppedAt && student.outcome.droppedAt < NOW, `${student.email} has no droppedAt before now`);
  const demo = students.find((student) => student.email === DEMO_STUDENT.email);
  assert.equal(demo?.outcome?.droppedOut, false);
  assert.ok(
    demo?.lastLoginAt && NOW.getTime() - demo.lastLoginAt.getTime() < 24 * 3_600_000,
    `demo student last login ${demo?.lastLoginAt?.toISOString()}`,
  );
});

test('learning records agree with the learning events', async () => {
  const completedEvents = await db.event.count({ where: { type: 'custom', name: 'quest_completed' } });
  const completedQuests = await db.enrollment.count({ where: { status: 'COMPLETED', course: { kind: 'QUEST' } } });
  const questXp = await db.xpEntry.count({ where: { reason: { startsWith: 'quest_completed:' } } });
  assert.equal(completedQuests, completedEvents);
  assert.equal(questXp, completedEvents);
  assert.equal(
    await db.xpEntry.count({ where: { reason: { startsWith: 'task_completed:' } } }),
    await db.event.count({ where: { name: 'task_completed' } }),
  );
  assert.equal(await db.badgeAward.count(), await db.event.count({ where: { name: 'badge_earned' } }));
  assert.ok(completedEvents > 0, 'no quest was completed');
  assert.ok((await db.badgeAward.count()) > 0, 'no badge was awarded');
  const events = await db.event.findMany({ where: { type: 'custom' }, select: { category: true, name: true }, distinct: ['name'] });
  for (const event of events) assert.notEqual(event.category, 'navigation', `${event.name} has no platform category`);
});

test('seeding a non-empty database is refused with the --reset hint', async () => {
  const before = await db.event.count();
  await assert.rejects(seedDatabase(db, SMALL), /Database is not empty\. Run: npm run seed -- --reset/);
  assert.equal(await db.event.count(), before);
});

test('the same seed gives the same data; another seed does not', async () => {
  const first = await snapshot();
  await seedDatabase(db, { ...SMALL, reset: true });
  assert.deepEqual(await snapshot(), first);
  await seedDatabase(db, { ...SMALL, reset: true, seed: 8 });
  const other = await snapshot();
  assert.notDeepEqual(other.firstEvents, first.firstEvents);
  assert.notDeepEqual(other.counts, first.counts);
});
