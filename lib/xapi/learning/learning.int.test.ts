// Statements become learning data: a Moodle-shaped and an Open edX-shaped batch (fixtures/, as
// those platforms send them) posted weeks after the fact land as the platform user's events
// with their own timestamps, catalogue entries named after the activities, and enrolments;
// unknown actors are kept as the site's learners; statements from before the site are kept in
// the LRS only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { db } from '@/lib/db';
import { POST } from '@/app/xapi/statements/route';
import { createUser } from '@/lib/ingest/int-fixtures';
import { forgetCachedSites } from '@/lib/sites/lookup';
import { createLrsCredential } from '../credentials';
import { mappingIdle } from '../hooks';
import { createLrs, dropLrs, type Lrs } from '../int-fixtures';

type Statement = Record<string, unknown> & { id: string; timestamp: string; actor: Record<string, unknown> };
const DAY = 24 * 3600_000;
let lrs: Lrs;
const users: string[] = [];

function fixture(name: string, externalId: string | null, daysAgo: number): Statement[] {
  const statements = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Statement[];
  const first = Date.parse(statements[0]?.timestamp ?? '');
  return statements.map((s) => {
    const shifted = new Date(Date.now() - daysAgo * DAY + (Date.parse(s.timestamp) - first)).toISOString();
    const actor =
      externalId === null
        ? { objectType: 'Agent', mbox: `mailto:${randomUUID()}@nowhere.test` }
        : { ...s.actor, account: { ...(s.actor.account as object), name: externalId } };
    return { ...s, id: randomUUID(), timestamp: shifted, actor };
  });
}

async function postAs(auth: string, statements: unknown[]) {
  const response = await POST(
    new Request('http://pathwise.test/xapi/statements', {
      method: 'POST',
      headers: { authorization: auth, 'X-Experience-API-Version': '1.0.3', 'content-type': 'application/json' },
      body: JSON.stringify(statements),
    }),
  );
  assert.equal(response.status, 200, await response.clone().text());
  await mappingIdle();
  return response;
}

before(async () => {
  lrs = await createLrs('https://moodle.example.edu');
  await db.site.update({ where: { id: lrs.siteId }, data: { createdAt: new Date(Date.now() - 90 * DAY) } });
  forgetCachedSites();
});
after(async () => {
  await db.course.deleteMany({ where: { siteId: lrs.siteId } });
  await db.event.deleteMany({ where: { siteId: lrs.siteId } });
  await dropLrs(lrs);
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

test('a Moodle batch from 20 days ago becomes the user’s events, quest, task and enrolment', async () => {
  const user = await createUser();
  users.push(user.id);
  const statements = fixture('moodle', user.externalId as string, 20);
  await postAs(lrs.auth, statements);
  const events = await db.event.findMany({ where: { siteId: lrs.siteId, userId: user.id }, orderBy: { timestamp: 'asc' } });
  assert.deepEqual(
    events.map((e) => e.name),
    ['login_success', 'activity_viewed', 'quest_started', 'task_completed'],
  );
  assert.equal(events[0]?.timestamp.toISOString(), new Date(statements[0]?.timestamp as string).toISOString());
  assert.ok(events.every((e) => e.source === 'SERVER' && e.trusted));
  const quest = await db.course.findFirstOrThrow({ where: { siteId: lrs.siteId, title: 'Algebra 101' }, include: { tasks: true } });
  assert.deepEqual(
    quest.tasks.map((t) => t.title),
    ['Quiz 1: linear equations'],
  );
  const enrolment = await db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: quest.id } } });
  assert.equal(enrolment.startedAt?.toISOString(), new Date(statements[2]?.timestamp as string).toISOString());
  assert.equal(enrolment.progress, 1);
  const sessions = await db.session.count({ where: { siteId: lrs.siteId, userId: user.id } });
  assert.ok(sessions >= 1);
});

test('an Open edX batch resolves by the credential’s home page; re-sending changes nothing', async () => {
  const user = await createUser();
  users.push(user.id);
  const edx = await createLrsCredential(lrs.siteId, { homePage: 'https://courses.example.edu/' });
  const auth = `Basic ${Buffer.from(`${edx.key}:${edx.secret}`).toString('base64')}`;
  const statements = fixture('open-edx', user.externalId as string, 10);
  await postAs(auth, statements);
  const names = async () =>
    (await db.event.findMany({ where: { siteId: lrs.siteId, userId: user.id }, orderBy: { timestamp: 'asc' } })).map((e) => e.name);
  assert.deepEqual(await names(), ['quest_started', 'activity_viewed', 'activity_scored', 'quest_completed']);
  const quest = await db.course.findFirstOrThrow({ where: { siteId: lrs.siteId, title: 'Physics 101' } });
  const enrolment = await db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: quest.id } } });
  assert.equal(enrolment.status, 'COMPLETED');
  await postAs(auth, statements);
  assert.equal((await names()).length, 4);
  // The same account under the Moodle credential's home page is somebody else.
  await postAs(lrs.auth, fixture('open-edx', user.externalId as string, 9).slice(0, 1));
  assert.equal((await names()).length, 4);
});

test('unknown actors are kept as learners of the site; statements before the site only in the LRS', async () => {
  const before = await db.event.count({ where: { siteId: lrs.siteId } });
  const unknown = fixture('moodle', null, 5);
  await postAs(lrs.auth, unknown);
  const events = await db.event.findMany({
    where: { siteId: lrs.siteId },
    orderBy: { id: 'desc' },
    take: unknown.length,
    include: { visitor: true },
  });
  assert.equal(events.length, unknown.length);
  assert.ok(events.every((e) => e.userId === null && e.visitor.anonId.startsWith('xapi-')));
  const ancient = fixture('moodle', null, 200);
  await postAs(lrs.auth, ancient);
  assert.equal(await db.event.count({ where: { siteId: lrs.siteId } }), before + unknown.length);
  assert.equal(
    await db.xapiStatement.count({ where: { siteId: lrs.siteId, statementId: { in: ancient.map((s) => s.id) } } }),
    ancient.length,
  );
});

test('the site’s mapping setting applies to the next statements: a verb set to ignore maps to nothing', async () => {
  const user = await createUser();
  users.push(user.id);
  const statement = {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://moodle.example.edu', name: user.externalId } },
    verb: { id: 'http://id.tincanapi.com/verb/viewed' },
    object: { id: 'https://moodle.example.edu/mod/page/view.php?id=77', definition: { name: { en: 'Page 77' } } },
    timestamp: new Date(Date.now() - DAY).toISOString(),
  };
  const key = `xapi.mapping.${lrs.siteKey}`;
  await db.setting.create({ data: { key, value: { verbs: { 'http://id.tincanapi.com/verb/viewed': 'ignore' } } } });
  try {
    await postAs(lrs.auth, [statement]);
    assert.equal(await db.event.count({ where: { siteId: lrs.siteId, userId: user.id } }), 0);
    await db.setting.delete({ where: { key } });
    await postAs(lrs.auth, [{ ...statement, id: randomUUID() }]);
    assert.equal(await db.event.count({ where: { siteId: lrs.siteId, userId: user.id } }), 1);
  } finally {
    await db.setting.deleteMany({ where: { key } });
  }
});
