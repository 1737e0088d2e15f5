import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { accessExportJson, exportUserData, exportVisitorData } from './access-export';
import { scoreStudents } from '@/lib/risk/compute';
import { eraseConfirmed, eraseUserData, eraseVisitorData } from './erasure';
import { findPrivacySubjects } from './find-subjects';
import { cleanup, createEvent, createSession, createSite, createUser, createVisitor, unique } from './int-fixtures';
import { siteForSystem } from '@/lib/access';
import { parseDatabaseUrl } from '@/lib/database-url';
import { getTopClicks } from '@/lib/queries/behaviour';
import { getKpis } from '@/lib/queries/stats';
import { rollupSite } from '@/lib/rollups/rollup-site';
import { UTC, floorDay } from '@/lib/time/site-day';

const sites: string[] = [];
const users: string[] = [];
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

// Every table with a userId or visitorId column, and how to count the rows that point at someone.
// The test below reads prisma/models.prisma, so a new table with such a column fails it until
// erasure (and this list) says what happens to it.
type Subject = { userId?: string; visitorId?: string };
const REFERENCES: Record<string, (s: Subject) => Promise<number>> = {
  Visitor: (s) => db.visitor.count({ where: { OR: [{ userId: s.userId ?? '-' }, { id: s.visitorId ?? '-' }] } }),
  Session: (s) => db.session.count({ where: { OR: [{ userId: s.userId ?? '-' }, { visitorId: s.visitorId ?? '-' }] } }),
  Event: (s) => db.event.count({ where: { OR: [{ userId: s.userId ?? '-' }, { visitorId: s.visitorId ?? '-' }] } }),
  // Erasing events drops the summaries of their sessions (lib/session-paths/stale.ts).
  SessionPath: (s) => db.sessionPath.count({ where: { visitorId: s.visitorId ?? '-' } }),
  // The personal daily tables recompute the days an erasure touched (lib/behaviour-days/refresh-days.ts).
  VisitorDay: (s) => db.visitorDay.count({ where: { visitorId: s.visitorId ?? '-' } }),
  DailyElementClick: (s) => db.dailyElementClick.count({ where: { visitorId: s.visitorId ?? '-' } }),
  RiskScore: (s) => db.riskScore.count({ where: { userId: s.userId ?? '-' } }),
  LearningOutcome: (s) => db.learningOutcome.count({ where: { userId: s.userId ?? '-' } }),
  StudentOutcome: (s) => db.studentOutcome.count({ where: { userId: s.userId ?? '-' } }),
  Enrollment: (s) => db.enrollment.count({ where: { userId: s.userId ?? '-' } }),
  XpEntry: (s) => db.xpEntry.count({ where: { userId: s.userId ?? '-' } }),
  BadgeAward: (s) => db.badgeAward.count({ where: { userId: s.userId ?? '-' } }),
  Notification: (s) => db.notification.count({ where: { OR: [{ userId: s.userId ?? '-' }, { studentId: s.userId ?? '-' }] } }),
  DigestSend: (s) => db.digestSend.count({ where: { userId: s.userId ?? '-' } }),
  MailPreference: (s) => db.mailPreference.count({ where: { userId: s.userId ?? '-' } }),
};
// Kept by an erasure without includeLearningRecords (the mail choice stays so it is honoured).
const LEARNING_RECORDS = ['Enrollment', 'XpEntry', 'BadgeAward', 'MailPreference'];

function modelsWithSubjectColumns(): string[] {
  const schema = readFileSync(new URL('../../prisma/models.prisma', import.meta.url), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /^\s+(userId|visitorId)\s/m.test(body ?? ''))
    .map(([, name]) => name!)
    .sort();
}

async function references(subject: Subject) {
  const entries = await Promise.all(Object.entries(REFERENCES).map(async ([model, count]) => [model, await count(subject)] as const));
  return Object.fromEntries(entries);
}

let site: Awaited<ReturnType<typeof createSite>>;
let admin: SessionUser;
const T = new Date(Date.now() - 3 * 86_400_000);
const later = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

/** Rolls the test days up (so the daily tables hold the subject), and reads figures both ways over them. */
async function rollUp() {
  await rollupSite(db, parseDatabaseUrl().provider, site.id, {
    from: floorDay(UTC, new Date(T.getTime() - 86_400_000)),
    to: floorDay(UTC, new Date()),
  });
}
/**
 * Figures from the personal daily tables (distinct visitors, element clicks) equal a raw scan after
 * the erasure. Anonymous counts (sessions, events) keep the aggregate history, like DailyPageStat.
 */
async function assertTablesMatchRaw() {
  const authorized = siteForSystem({ id: site.id, key: site.key, name: site.name, timeZone: site.timeZone });
  const [from, to] = [floorDay(UTC, new Date(T.getTime() - 86_400_000)), new Date()];
  const visitors = async (useRollups: boolean) => (await getKpis(authorized, from, to, { useRollups })).visitors;
  assert.equal(await visitors(true), await visitors(false));
  assert.deepEqual(await getTopClicks(authorized, from, to, 15), await getTopClicks(authorized, from, to, 15, { useRollups: false }));
}

/** A student with tracked data on their own browser and on a browser shared with `other`. */
async function studentWithData() {
  const student = await createUser();
  const other = await createUser();
  users.push(student.id, other.id);
  const own = await createVisitor(site.id, student.id, T, later(60));
  const shared = await createVisitor(site.id, other.id, T, later(60)); // `other` signed in there last
  const s1 = await createSession(own, student.id, T);
  const s2 = await createSession(own, null, later(10));
  const s3 = await createSession(shared, student.id, later(20));
  const s4 = await createSession(shared, other.id, later(30));
  const s5 = await createSession(shared, student.id, later(40)); // `other` took over mid-session
  await createEvent(s1, 'e1', { userId: student.id, userAgent: 'UA', ip: '198.51.100.0' });
  await createEvent(s1, 'e2'); // before signing in, same session
  await createEvent(s2, 'e3'); // anonymous, on their own browser
  await createEvent(s3, 'e4', { userId: student.id });
  await createEvent(s3, 'e5');
  await createEvent(s4, 'e6', { userId: other.id });
  await createEvent(s5, 'e7', { userId: other.id });
  await createEvent(s5, 'e8');
  await db.riskScore.createMany({
    data: [0.2, 0.4]
      .map((score) => ({ userId: student.id, score, level: 'minimal', factors: {}, modelVersion: 'test' }))
      .concat([{ userId: other.id, score: 0.9, level: 'at_risk', factors: {}, modelVersion: 'test' }]),
  });
  await db.learningOutcome.create({ data: { userId: student.id, droppedOut: true } });
  await db.studentOutcome.create({
    data: { userId: student.id, droppedOut: true, at: new Date('2026-11-20T00:00:00Z'), source: 'staff', recordedById: admin.id },
  });
  const course = await db.course.create({ data: { slug: unique('course'), title: 'Course', siteId: site.id } });
  const badge = await db.badge.create({ data: { key: unique('badge'), name: 'Badge' } });
  await db.enrollment.create({ data: { userId: student.id, courseId: course.id } });
  await db.xpEntry.create({ data: { userId: student.id, amount: 50, reason: 'quest' } });
  await db.badgeAward.create({ data: { userId: student.id, badgeId: badge.id } });
  await db.outreach.create({ data: { studentId: student.id, staffId: admin.id, kind: 'CALLED_PARENT', note: 'Spoke with mum' } });
  await db.notification.create({
    data: { userId: admin.id, studentId: student.id, kind: 'newly_at_risk', title: 'at risk', body: 'x', week: '2026-W48' },
  });
  await db.digestSend.create({
    data: { userId: student.id, kind: 'parent', week: '2026-W48', toAddress: 'a@b.test', subject: 's', html: 'h', text: 't' },
  });
  await db.mailPreference.create({ data: { userId: student.id, digestOptIn: false } });
  return { student, other, own, shared, sessions: { s1, s2, s3, s4, s5 } };
}

before(async () => {
  site = await createSite();
  sites.push(site.id);
  admin = await createUser('ADMIN');
  users.push(admin.id);
});

test('every table with a userId or visitorId column is checked', () => {
  assert.deepEqual(modelsWithSubjectColumns(), Object.keys(REFERENCES).sort());
});

test('the access export holds everything about the user, and is audited', async () => {
  const { student, own, sessions } = await studentWithData();
  const exported = await exportUserData(admin, student.id);
  const document = JSON.parse(accessExportJson(exported)) as {
    format: string;
    data: {
      user: Record<string, unknown>;
      events: { name: string; userAgent: string | null }[];
      sessions: { id: string }[];
      visitors: { id: string }[];
      riskScores: unknown[];
      learningOutcome: { droppedOut: boolean };
      knownOutcome: { droppedOut: boolean; at: string; source: string; recordedBy: { email: string } };
      enrollments: unknown[];
      xpEntries: unknown[];
      badgeAwards: unknown[];
      outreach: { kind: string; note: string | null }[];
    };
  };
  const data = document.data;
  assert.equal(document.format, 'pathwise.access-export.v1');
  assert.equal(exported.subject.id, student.id);
  assert.equal(data.user.email, (await db.user.findUnique({ where: { id: student.id } }))?.email);
  assert.equal('passwordHash' in data.user, false);
  assert.deepEqual(data.events.map((e) => e.name).sort(), ['e1', 'e2', 'e3', 'e4', 'e5', 'e8']);
  assert.equal(data.events.find((e) => e.name === 'e1')?.userAgent, 'UA');
  assert.deepEqual(data.sessions.map((s) => s.id).sort(), [sessions.s1.id, sessions.s2.id, sessions.s3.id, sessions.s5.id].sort());
  assert.deepEqual(
    data.visitors.map((v) => v.id),
    [own.id],
  );
  assert.equal(data.riskScores.length, 2);
  assert.equal(data.learningOutcome.droppedOut, true);
  assert.deepEqual(
    [data.knownOutcome.droppedOut, data.knownOutcome.at, data.knownOutcome.source, data.knownOutcome.recordedBy.email],
    [true, '2026-11-20T00:00:00.000Z', 'staff', admin.email],
  );
  assert.deepEqual([data.enrollments.length, data.xpEntries.length, data.badgeAwards.length], [1, 1, 1]);
  assert.deepEqual(
    data.outreach.map((row) => [row.kind, row.note]),
    [['CALLED_PARENT', 'Spoke with mum']],
  );

  const audit = await db.auditLog.findFirst({ where: { action: 'privacy.export_user', target: `user:${student.id}` } });
  assert.equal(audit?.actorId, admin.id);
  assert.deepEqual(audit?.details, { subject: data.user.email, events: 6, sessions: 4, visitors: 1 });
});

test('erasing a user removes their tracked data everywhere and keeps everyone else’s', async () => {
  const { student, other, own, shared, sessions } = await studentWithData();
  await rollUp();
  assert.ok((await db.visitorDay.count({ where: { visitorId: own.id } })) > 0, 'the presence table held them');
  const result = await eraseUserData(db, { actorId: admin.id, userId: student.id, batchSize: 2 });
  const { auditId, ...counts } = result;
  assert.deepEqual(counts, {
    userId: student.id,
    events: 6,
    sessions: 3,
    visitors: 1,
    riskScores: 2,
    learningOutcomes: 1,
    studentOutcomes: 1,
    outreach: 1,
    notifications: 1,
    digestSends: 1,
    enrollments: 0,
    xpEntries: 0,
    badgeAwards: 0,
  });

  const left = await references({ userId: student.id, visitorId: own.id });
  for (const [model, count] of Object.entries(left)) assert.equal(count, LEARNING_RECORDS.includes(model) ? 1 : 0, model);

  // The other person's rows on the shared browser stay; the session they took over loses the link.
  assert.deepEqual(
    (await db.event.findMany({ where: { siteId: site.id, userId: other.id }, select: { name: true }, orderBy: { name: 'asc' } })).map(
      (e) => e.name,
    ),
    ['e6', 'e7'],
  );
  assert.deepEqual(await db.session.findUnique({ where: { id: sessions.s5.id }, select: { userId: true } }), { userId: null });
  assert.equal(await db.session.count({ where: { id: sessions.s4.id } }), 1);
  assert.deepEqual(await db.visitor.findUnique({ where: { id: shared.id }, select: { userId: true } }), { userId: other.id });
  assert.equal(await db.riskScore.count({ where: { userId: other.id } }), 1);
  assert.ok(await db.user.findUnique({ where: { id: student.id } }), 'the account itself stays');
  // The shared browser's presence is rebuilt from the sessions left: the same figures as raw rows.
  assert.ok((await db.visitorDay.count({ where: { visitorId: shared.id } })) > 0);
  await assertTablesMatchRaw();
  assert.equal(await db.outreach.count({ where: { studentId: student.id } }), 0, 'staff notes about them are erased');

  const audit = await db.auditLog.findUnique({ where: { id: auditId } });
  assert.equal(audit?.action, 'privacy.erase_user');
  assert.equal(audit?.actorId, admin.id);
  assert.equal(audit?.target, `user:${student.id}`);
  assert.equal((audit?.details as Record<string, unknown>).events, 6);

  const exported = await exportUserData(admin, student.id);
  assert.deepEqual((exported.data as { events: unknown[] }).events, []);
  const again = await eraseUserData(db, { actorId: admin.id, userId: student.id });
  assert.deepEqual([again.events, again.sessions, again.visitors, again.riskScores], [0, 0, 0, 0]);

  // The hourly risk job must not re-create a score (from no data: "at risk") for them.
  const rescored = (await scoreStudents(db, new Date(), { userIds: [student.id, other.id] })).map((score) => score.userId);
  assert.deepEqual(rescored, [other.id]);
});

test('with learning records included, no row references the user but their mail choice', async () => {
  const { student, own } = await studentWithData();
  const result = await eraseUserData(db, { actorId: admin.id, userId: student.id, includeLearningRecords: true });
  assert.deepEqual([result.enrollments, result.xpEntries, result.badgeAwards], [1, 1, 1]);
  const left = await references({ userId: student.id, visitorId: own.id });
  // An unsubscribe must keep being honoured after an erasure, so that one row stays.
  assert.deepEqual(left, Object.fromEntries(Object.keys(REFERENCES).map((model) => [model, model === 'MailPreference' ? 1 : 0])));
});

test('erasing a visitor id removes that browser’s events, sessions and the visitor', async () => {
  const visitor = await createVisitor(site.id, null, T, later(30));
  const keep = await createVisitor(site.id, null, T, later(30));
  const a = await createSession(visitor, null, T);
  const b = await createSession(visitor, null, later(15));
  await createEvent(a, 'v1');
  await createEvent(a, 'v2', { type: 'click' });
  await createEvent(b, 'v3');
  await createEvent(await createSession(keep, null, T), 'k1', { type: 'click', elementId: 'go' });
  await rollUp();
  assert.ok((await db.dailyElementClick.count({ where: { visitorId: visitor.id } })) > 0, 'the element table held the browser');

  const exported = await exportVisitorData(admin, visitor.id);
  assert.deepEqual(
    (exported.data as { events: { name: string }[] }).events.map((e) => e.name),
    ['v1', 'v2', 'v3'],
  );

  const { auditId, ...counts } = await eraseVisitorData(db, { actorId: admin.id, visitorId: visitor.id });
  assert.deepEqual(counts, { visitorId: visitor.id, events: 3, sessions: 2, visitors: 1 });
  assert.deepEqual(await references({ visitorId: visitor.id }), Object.fromEntries(Object.keys(REFERENCES).map((model) => [model, 0])));
  assert.equal(await db.event.count({ where: { visitorId: keep.id } }), 1);
  assert.equal(await db.dailyElementClick.count({ where: { visitorId: keep.id } }), 1);
  await assertTablesMatchRaw();
  const audit = await db.auditLog.findUnique({ where: { id: auditId } });
  assert.deepEqual([audit?.action, audit?.target, audit?.actorId], ['privacy.erase_visitor', `visitor:${visitor.id}`, admin.id]);
  await assert.rejects(eraseVisitorData(db, { actorId: admin.id, visitorId: visitor.id }), /There is no visitor with id/);
});

test('the admin search finds people by e-mail, external id or visitor id, with what an erasure would remove', async () => {
  const { student, own } = await studentWithData();
  const email = (await db.user.findUniqueOrThrow({ where: { id: student.id } })).email;
  const byEmail = await findPrivacySubjects(admin, `  ${email.toUpperCase()} `);
  assert.deepEqual(
    byEmail.users.map((u) => [u.id, u.counts]),
    [[student.id, { events: 6, sessions: 4, visitors: 1, riskScores: 2 }]],
  );
  assert.deepEqual(
    (await findPrivacySubjects(admin, student.externalId!)).users.map((u) => u.id),
    [student.id],
  );
  const byVisitor = await findPrivacySubjects(admin, own.anonId);
  assert.deepEqual(
    byVisitor.visitors.map((v) => [v.id, v.userEmail, v.counts]),
    [[own.id, email, { events: 3, sessions: 2 }]],
  );
  assert.deepEqual(await findPrivacySubjects(admin, '   '), { users: [], visitors: [] });
});

test('the confirmed erasure needs the exact e-mail typed, and checks it on the server', async () => {
  const { student } = await studentWithData();
  const email = (await db.user.findUniqueOrThrow({ where: { id: student.id } })).email;
  await assert.rejects(eraseConfirmed(admin, { kind: 'user', id: student.id, confirmation: 'someone@else.test' }), (error: unknown) => {
    assert.equal((error as { status?: number }).status, 400);
    assert.match((error as Error).message, new RegExp(`Type ${email} exactly`));
    return true;
  });
  assert.equal(await db.event.count({ where: { userId: student.id } }), 2, 'nothing erased on a mismatch');
  const result = await eraseConfirmed(admin, { kind: 'user', id: student.id, confirmation: ` ${email.toUpperCase()} ` });
  assert.equal(result.events, 6);
  await assert.rejects(eraseConfirmed(admin, { kind: 'visitor', id: 'nope', confirmation: 'nope' }), /There is no visitor/);
});
