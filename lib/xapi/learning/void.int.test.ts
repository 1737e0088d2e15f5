// Voiding a statement retracts the learning data it became: its event, the session's counts, and
// the enrolment progress and XP its task completion gave; voiding every statement of a session
// removes the session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { db } from '@/lib/db';
import { POST } from '@/app/xapi/statements/route';
import { createUser } from '@/lib/ingest/int-fixtures';
import { forgetCachedSites } from '@/lib/sites/lookup';
import { mappingIdle } from '../hooks';
import { createLrs, dropLrs, type Lrs } from '../int-fixtures';

type Statement = Record<string, unknown> & { id: string; timestamp: string; actor: Record<string, unknown> };
const DAY = 24 * 3600_000;
let lrs: Lrs;
const users: string[] = [];

function moodle(externalId: string, daysAgo: number): Statement[] {
  const statements = JSON.parse(readFileSync(new URL('./fixtures/moodle.json', import.meta.url), 'utf8')) as Statement[];
  const first = Date.parse(statements[0]?.timestamp ?? '');
  return statements.map((s) => ({
    ...s,
    id: randomUUID(),
    timestamp: new Date(Date.now() - daysAgo * DAY + (Date.parse(s.timestamp) - first)).toISOString(),
    actor: { ...s.actor, account: { ...(s.actor.account as object), name: externalId } },
  }));
}

async function post(statements: unknown[]) {
  const response = await POST(
    new Request('http://pathwise.test/xapi/statements', {
      method: 'POST',
      headers: { authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'content-type': 'application/json' },
      body: JSON.stringify(statements),
    }),
  );
  assert.equal(response.status, 200, await response.clone().text());
  await mappingIdle();
}

const voiding = (target: string) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', mbox: 'mailto:admin@lms.example.edu' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
  object: { objectType: 'StatementRef', id: target },
});

before(async () => {
  lrs = await createLrs('https://moodle.example.edu');
  await db.site.update({ where: { id: lrs.siteId }, data: { createdAt: new Date(Date.now() - 90 * DAY) } });
  forgetCachedSites();
  // The catalogue comes from the first statements; its task is then worth XP, as a site would set it.
  const warmUp = await createUser();
  users.push(warmUp.id);
  await post(moodle(warmUp.externalId as string, 30));
  await db.task.updateMany({ where: { course: { siteId: lrs.siteId } }, data: { xp: 10 } });
});
after(async () => {
  await db.course.deleteMany({ where: { siteId: lrs.siteId } });
  await db.event.deleteMany({ where: { siteId: lrs.siteId } });
  await dropLrs(lrs);
  await db.user.deleteMany({ where: { id: { in: users } } });
  await db.$disconnect();
});

test('voiding a task completion retracts its event, the session count, the progress and the XP', async () => {
  const user = await createUser();
  users.push(user.id);
  const statements = moodle(user.externalId as string, 20);
  await post(statements);
  const names = async () =>
    (await db.event.findMany({ where: { siteId: lrs.siteId, userId: user.id }, orderBy: { timestamp: 'asc' } })).map((e) => e.name);
  assert.deepEqual(await names(), ['login_success', 'activity_viewed', 'quest_started', 'task_completed']);
  const quest = await db.course.findFirstOrThrow({ where: { siteId: lrs.siteId, title: 'Algebra 101' } });
  const enrolment = () => db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId: quest.id } } });
  assert.equal((await enrolment()).progress, 1);
  const taskXp = () => db.xpEntry.count({ where: { userId: user.id, reason: { startsWith: 'task_completed:' } } });
  assert.equal(await taskXp(), 1);
  const sessionEvents = async () =>
    (await db.session.findMany({ where: { siteId: lrs.siteId, userId: user.id } })).reduce((sum, s) => sum + s.eventCount, 0);
  assert.equal(await sessionEvents(), 4);

  await post([voiding(statements[3]?.id as string)]);

  assert.deepEqual(await names(), ['login_success', 'activity_viewed', 'quest_started']);
  assert.equal(await sessionEvents(), 3);
  const after = await enrolment();
  assert.equal(after.progress, 0);
  assert.notEqual(after.status, 'COMPLETED');
  assert.equal(after.startedAt?.toISOString(), new Date(statements[2]?.timestamp as string).toISOString(), 'the start still counts');
  assert.equal(await taskXp(), 0);
});

test('voiding every statement of a learner removes the events and the sessions', async () => {
  const user = await createUser();
  users.push(user.id);
  const statements = moodle(user.externalId as string, 15);
  await post(statements);
  assert.ok((await db.session.count({ where: { siteId: lrs.siteId, userId: user.id } })) >= 1);
  await post(statements.map((s) => voiding(s.id)));
  assert.equal(await db.event.count({ where: { siteId: lrs.siteId, userId: user.id } }), 0);
  assert.equal(await db.session.count({ where: { siteId: lrs.siteId, userId: user.id } }), 0);
  // The LRS itself keeps them, voided.
  assert.equal(
    await db.xapiStatement.count({ where: { siteId: lrs.siteId, statementId: { in: statements.map((s) => s.id) }, voided: true } }),
    4,
  );
});
