// The weekly digests against a real SMTP server (smtp-server on loopback): who gets what, that
// nothing crosses from one instructor's or parent's students to another's, that unsubscribe is
// honoured, that a second run sends nothing, and that a failed send is retried.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { Made } from '@/lib/testing/learning-fixtures';
import { createMailer, type Mailer } from './mailer';
import { runDigests } from './run-digests';
import { DIGEST_SETTING_KEY } from './settings';
import { startSmtpServer } from './int-smtp-server';

const NOW = new Date('2026-11-25T12:00:00.000Z'); // Wednesday of 2026-W48, after Monday 07:00
const NEXT_WEEK = new Date('2026-12-02T12:00:00.000Z');
const BASE = 'https://pathwise.test';
const retry = { attempts: 3, baseDelayMs: 5 };
const made = new Made();
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let mailer: Mailer;
let people: Record<string, { id: string; email: string; name: string }>;

const factors = (inactive: number) => [
  { key: 'daysInactive', raw: inactive, normalised: 1, weight: 0.4, contribution: 0.4 },
  { key: 'loginFrequency', raw: 0, normalised: 1, weight: 0.25, contribution: 0.25 },
  { key: 'streak', raw: 0, normalised: 1, weight: 0.05, contribution: 0.05 },
];

async function score(userId: string, at: Date, value: number) {
  const level = value > 0.8 ? 'at_risk' : value >= 0.6 ? 'elevated' : 'moderate';
  await db.riskScore.create({ data: { userId, computedAt: at, score: value, level, factors: factors(12), modelVersion: 'test' } });
}

const mine = () => smtp.received.filter((mail) => Object.values(people).some((person) => mail.to.includes(person.email)));
const to = (person: { email: string }) => mine().filter((mail) => mail.to.includes(person.email));

before(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer(smtp.url, 'Pathwise <digest@pathwise.test>');
  await db.setting.upsert({
    where: { key: DIGEST_SETTING_KEY },
    create: { key: DIGEST_SETTING_KEY, value: { day: 1, hour: 7, parentDefaultOptIn: true } },
    update: { value: { day: 1, hour: 7, parentDefaultOptIn: true } },
  });
  const teacherA = await made.user('INSTRUCTOR', { name: 'Ada Teacher' });
  const teacherB = await made.user('INSTRUCTOR', { name: 'Bob Teacher' });
  const courseA = await made.course({ instructorId: teacherA.id });
  const courseB = await made.course({ instructorId: teacherB.id });
  const newly = await made.user('STUDENT', { name: 'Nora Newly' });
  const improved = await made.user('STUDENT', { name: 'Ivan Improved' });
  const still = await made.user('STUDENT', { name: 'Sam Still' });
  const outsider = await made.user('STUDENT', { name: 'Otto Outsider' });
  for (const student of [newly, improved, still]) await made.enrol(student.id, courseA.id);
  await made.enrol(outsider.id, courseB.id);
  const weekAgo = new Date(NOW.getTime() - 8 * 86_400_000);
  const recent = new Date(NOW.getTime() - 3_600_000);
  await score(newly.id, weekAgo, 0.7);
  await score(newly.id, recent, 0.9);
  await score(improved.id, weekAgo, 0.9);
  await score(improved.id, recent, 0.4);
  await score(still.id, weekAgo, 0.9);
  await score(still.id, recent, 0.85);
  await score(outsider.id, weekAgo, 0.5);
  await score(outsider.id, recent, 0.95);
  const parentP = await made.user('PARENT', { name: 'Pia Parent' });
  const parentQ = await made.user('PARENT', { name: 'Quin Parent' });
  const parentR = await made.user('PARENT', { name: 'Ria Optedout' });
  await db.parentChild.createMany({
    data: [
      { parentId: parentP.id, childId: newly.id },
      { parentId: parentP.id, childId: improved.id },
      { parentId: parentQ.id, childId: outsider.id },
      { parentId: parentR.id, childId: still.id },
    ],
  });
  await db.mailPreference.create({ data: { userId: parentR.id, digestOptIn: false } });
  people = { teacherA, teacherB, newly, improved, still, outsider, parentP, parentQ, parentR };
});

after(async () => {
  mailer.close();
  await smtp.close();
  await db.digestSend.deleteMany({ where: { userId: { in: made.users } } });
  await db.setting.deleteMany({ where: { key: DIGEST_SETTING_KEY } });
  await made.cleanup();
});

describe('weekly digests over SMTP', () => {
  test('each instructor hears only about their own courses, each parent only about their own children', async () => {
    const summary = await runDigests(db, { now: NOW, mailer, baseUrl: BASE, retry });
    assert.equal(summary.week, '2026-W48');
    const { teacherA, teacherB, parentP, parentQ, parentR, newly, improved, still, outsider } = people;
    assert.deepEqual(
      mine()
        .map((mail) => mail.to[0])
        .sort(),
      [teacherA, teacherB, parentP, parentQ].map((p) => p!.email).sort(),
    );
    assert.equal(to(parentR!).length, 0, 'a parent who opted out gets nothing');

    const [a] = to(teacherA!);
    assert.match(a!.body, /Newly at risk \(1\)[\s\S]*Nora Newly/);
    assert.match(a!.body, /Improved \(1\)[\s\S]*Ivan Improved/);
    assert.match(a!.body, /Still at risk \(1\)[\s\S]*Sam Still/);
    assert.match(a!.body, /no activity for 12 days; 0 logins in 3 weeks/);
    assert.ok(a!.body.includes(`${BASE}/dashboard/students/${newly!.id}`), 'links to the student page');
    assert.doesNotMatch(a!.body, /Otto Outsider/);
    assert.match(a!.headers.get('content-type') ?? '', /multipart\/alternative/);
    assert.doesNotMatch(a!.body, /<img|src=["']http/i, 'no remote images or trackers');

    const [b] = to(teacherB!);
    assert.match(b!.body, /Otto Outsider/);
    for (const name of ['Nora Newly', 'Ivan Improved', 'Sam Still']) assert.ok(!b!.body.includes(name), `${name} is not B's student`);

    const [p] = to(parentP!);
    assert.match(p!.body, /NORA NEWLY/);
    assert.match(p!.body, /IVAN IMPROVED/);
    assert.match(p!.body, /Time learning this week/);
    assert.match(p!.body, /Ask what they were working on/, 'a conversation starter for the newly at-risk child');
    assert.ok(!p!.body.includes('Otto') && !p!.body.includes(still!.name), 'no other family’s child');
    const [q] = to(parentQ!);
    assert.ok(q!.body.includes(outsider!.name) && !q!.body.includes(improved!.name));

    const unsubscribe = a!.headers.get('list-unsubscribe') ?? '';
    assert.match(unsubscribe, /^<https:\/\/pathwise\.test\/api\/unsubscribe\?token=[\w.-]+>$/);
    assert.equal(a!.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

    const sends = await db.digestSend.findMany({ where: { userId: { in: made.users } } });
    assert.equal(sends.length, 4);
    assert.ok(sends.every((send) => send.status === 'sent' && send.week === '2026-W48'));
    const audits = await db.auditLog.count({ where: { action: 'digest.send', target: { in: made.users.map((id) => `user:${id}`) } } });
    assert.equal(audits, 4);
    const bell = await db.notification.findMany({ where: { userId: teacherA!.id } });
    assert.deepEqual(bell.map((n) => n.kind).sort(), ['improved', 'newly_at_risk', 'still_at_risk']);
  });

  test('a second run in the same week sends nothing and adds no alerts', async () => {
    const before = mine().length;
    const summary = await runDigests(db, { now: new Date(NOW.getTime() + 3_600_000), mailer, baseUrl: BASE, retry });
    assert.equal(mine().length, before);
    assert.equal(summary.sent, 0);
    assert.equal(summary.notifications, 0);
  });

  test('two replicas racing for the same week send each digest once', async () => {
    await db.digestSend.deleteMany({ where: { userId: { in: made.users } } });
    const before = mine().length;
    const runs = await Promise.all([1, 2].map(() => runDigests(db, { now: NOW, mailer, baseUrl: BASE, retry })));
    assert.equal(runs[0]!.sent + runs[1]!.sent >= 4, true);
    const fresh = mine().slice(before);
    assert.equal(fresh.length, 4, 'four recipients, one mail each');
    assert.equal(new Set(fresh.map((mail) => mail.to[0])).size, 4);
  });

  test('the one-click unsubscribe (POST to the signed link) is honoured the next week', async () => {
    const [a] = to(people.teacherA!);
    const link = /<([^>]+)>/.exec(a!.headers.get('list-unsubscribe') ?? '')![1]!;
    const { POST } = await import('@/app/api/unsubscribe/route');
    const forged = await POST(new Request(link.replace(/token=[^.]+/, 'token=eA'), { method: 'POST' }));
    assert.equal(forged.status, 400);
    const response = await POST(new Request(link, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    assert.equal(response.status, 200);
    const before = mine().length;
    smtp.failNext(1); // and the first attempt of the week fails: retried with backoff
    const summary = await runDigests(db, { now: NEXT_WEEK, mailer, baseUrl: BASE, retry });
    const fresh = mine().slice(before);
    assert.equal(fresh.filter((mail) => mail.to.includes(people.teacherA!.email)).length, 0);
    assert.ok(fresh.some((mail) => mail.to.includes(people.teacherB!.email)));
    assert.equal(summary.failed, 0);
    const retried = await db.digestSend.findFirst({ where: { userId: { in: made.users }, week: '2026-W49', attempts: { gt: 1 } } });
    assert.ok(retried, 'one send needed a second attempt');
    assert.equal(retried.status, 'sent');
  });

  test('without SMTP the digests are rendered and kept, once', async () => {
    const later = new Date('2026-12-09T12:00:00.000Z');
    const first = await runDigests(db, { now: later, mailer: null, baseUrl: BASE, retry });
    assert.ok(first.stored >= 2);
    const kept = await db.digestSend.findMany({ where: { userId: people.teacherB!.id, week: '2026-W50' } });
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.status, 'stored');
    assert.match(kept[0]!.html, /<!doctype html>/);
    const second = await runDigests(db, { now: later, mailer: null, baseUrl: BASE, retry });
    assert.equal(second.stored, 0);
  });

  test('a zh-CN parent and instructor get their digests in Chinese: subject, rhythm, risk reasons and starters', async () => {
    const week = new Date('2026-12-16T12:00:00.000Z'); // 2026-W51
    const teacher = await made.user('INSTRUCTOR', { name: 'Wang Laoshi', locale: 'zh-CN' });
    const course = await made.course({ instructorId: teacher.id });
    const child = await made.user('STUDENT', { name: 'Lin Xiao' });
    await made.enrol(child.id, course.id);
    const parent = await made.user('PARENT', { name: 'Lin Ma', locale: 'zh-CN' });
    await db.parentChild.create({ data: { parentId: parent.id, childId: child.id } });
    await score(child.id, new Date(week.getTime() - 8 * 86_400_000), 0.5);
    await score(child.id, new Date(week.getTime() - 3_600_000), 0.9);
    people.linMa = parent;
    people.wang = teacher;
    await runDigests(db, { now: week, mailer, baseUrl: BASE, retry });

    const [p] = to(parent);
    assert.ok(p, 'the zh-CN parent got a mail');
    assert.equal(p.headers.get('subject'), '本周学习情况：Lin');
    assert.match(p.body, /<html lang="zh-CN">/);
    assert.match(p.body, /本周学习时长/);
    assert.match(p.body, /还没有开始。还没有任何学习记录。/, 'the learning rhythm in Chinese');
    assert.match(p.body, /Lin最近似乎有点难以坚持下去/);
    assert.match(p.body, /问问孩子上次在学什么/, 'a conversation starter for the heaviest factor');
    assert.match(p.body, /一键退订/);
    assert.doesNotMatch(p.body, /Time learning this week|Ask what they were working on/);
    const link = /<([^>]+)>/.exec(p.headers.get('list-unsubscribe') ?? '')![1]!;
    const { GET } = await import('@/app/api/unsubscribe/route');
    const confirm = await (await GET(new Request(link, { headers: { 'accept-language': 'en-US' } }))).text();
    assert.match(confirm, /<html lang="zh-CN">[\s\S]*退订 Pathwise 邮件/, 'the unsubscribe page follows the mail, not the browser');

    const [w] = to(teacher);
    assert.ok(w, 'the zh-CN instructor got a mail');
    assert.equal(w.headers.get('subject'), 'Pathwise 每周摘要：新增有风险 1 人，好转 0 人，仍有风险 0 人');
    assert.match(w.body, /已经 12 天没有学习；3 周内一次也没有登录/, 'the risk reasons as one Chinese sentence');
    const bell = await db.notification.findFirst({ where: { userId: teacher.id, studentId: child.id } });
    assert.equal(bell?.title, 'Lin Xiao新进入有风险状态');
  });
});
