import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { applyLearningEvents, type LearningEventInput } from './apply-events';
import { Made } from '@/lib/testing/learning-fixtures';

const made = new Made();
let student: { id: string };
let course: Awaited<ReturnType<Made['course']>>;
let badge: { id: string; key: string };
let pillarId: string;

const t = (minute: number) => new Date(Date.UTC(2030, 0, 10, 9, minute));
const custom = (
  name: string,
  minute: number,
  props: Record<string, string> = {},
  extra: Partial<LearningEventInput> = {},
): LearningEventInput => ({
  type: 'custom',
  name,
  userId: student.id,
  props,
  timestamp: t(minute),
  trusted: true,
  ...extra,
});
const apply = (events: LearningEventInput[]) => db.$transaction((tx) => applyLearningEvents(tx, events));

before(async () => {
  student = await made.user('STUDENT');
  pillarId = (await made.pillar()).id;
  course = await made.course({ pillarId, quests: 2, tasks: 2, questXp: 100 });
  badge = await made.badge();
});
after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

async function enrolment(courseId: string) {
  return db.enrollment.findUnique({ where: { userId_courseId: { userId: student.id, courseId } } });
}

describe('applyLearningEvents', () => {
  const batch = () => {
    const [q1, q2] = course.quests;
    return [
      custom('login_success', 0),
      custom('quest_started', 1, { questId: q1!.slug }),
      custom('task_completed', 2, { questId: q1!.slug, taskId: q1!.tasks[0]!.slug }),
      custom('task_completed', 3, { questId: q1!.slug, taskId: q1!.tasks[1]!.slug }),
      custom('quest_completed', 4, { questId: q1!.slug }),
      custom('badge_earned', 5, { badgeId: badge.key }),
      custom('quest_started', 6, { questId: q2!.slug }),
      custom('quest_abandoned', 7, { questId: q2!.slug }),
      custom('quest_completed', 8, { questId: q2!.slug }, { trusted: false }), // a student's console: ignored
      custom('quest_completed', 8, { questId: q2!.slug }, { userId: null }), // anonymous: ignored
      { type: 'pageview', timestamp: t(9), userId: student.id, trusted: true }, // not a learning event
    ];
  };

  test('updates enrolments, progress, the XP ledger, badges and the last login; ignores the rest', async () => {
    const summary = await apply(batch());
    assert.deepEqual(summary, { received: 11, applied: 8, ignored: 3 });
    const [q1, q2] = course.quests;

    const first = await enrolment(q1!.id);
    assert.deepEqual(
      [first?.status, first?.progress, first?.startedAt?.toISOString(), first?.completedAt?.toISOString()],
      ['COMPLETED', 1, t(1).toISOString(), t(4).toISOString()],
    );
    const second = await enrolment(q2!.id);
    assert.deepEqual([second?.status, second?.progress, second?.startedAt?.toISOString()], ['ABANDONED', 0, t(6).toISOString()]);
    // Starting a quest enrols the student in its course; progress = 2 of the course's 4 tasks.
    const parent = await enrolment(course.id);
    assert.deepEqual([parent?.status, parent?.progress, parent?.startedAt?.toISOString()], ['ENROLLED', 0.5, t(1).toISOString()]);

    const xp = await db.xpEntry.findMany({
      where: { userId: student.id },
      orderBy: { createdAt: 'asc' },
      select: { amount: true, pillarId: true, reason: true },
    });
    assert.deepEqual(xp, [
      { amount: 10, pillarId, reason: `task_completed:${q1!.tasks[0]!.slug}` },
      { amount: 10, pillarId, reason: `task_completed:${q1!.tasks[1]!.slug}` },
      { amount: 100, pillarId, reason: `quest_completed:${q1!.slug}` },
    ]);
    const awards = await db.badgeAward.findMany({ where: { userId: student.id } });
    assert.deepEqual(
      awards.map((award) => [award.badgeId, award.awardedAt.toISOString()]),
      [[badge.id, t(5).toISOString()]],
    );
    const user = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    assert.equal(user.lastLoginAt?.toISOString(), t(0).toISOString());
  });

  test('re-sending the same events changes nothing (idempotent)', async () => {
    await apply(batch());
    assert.equal(await db.xpEntry.count({ where: { userId: student.id } }), 3);
    assert.equal(await db.badgeAward.count({ where: { userId: student.id } }), 1);
    assert.equal(await db.enrollment.count({ where: { userId: student.id } }), 3);
    assert.equal((await enrolment(course.quests[0]!.id))?.completedAt?.toISOString(), t(4).toISOString());
  });

  test('finishing the last quest completes the course; an older login does not rewind lastLoginAt', async () => {
    const q2 = course.quests[1]!;
    await apply([
      custom('quest_started', 20, { questId: q2.slug }),
      custom('quest_completed', 30, { questId: q2.slug }),
      custom('login_success', -5),
    ]);
    const second = await enrolment(q2.id);
    assert.deepEqual([second?.status, second?.progress], ['COMPLETED', 1]);
    const parent = await enrolment(course.id);
    assert.deepEqual([parent?.status, parent?.progress, parent?.completedAt?.toISOString()], ['COMPLETED', 1, t(30).toISOString()]);
    assert.equal((await db.xpEntry.aggregate({ where: { userId: student.id }, _sum: { amount: true } }))._sum.amount, 220);
    assert.equal((await db.user.findUniqueOrThrow({ where: { id: student.id } })).lastLoginAt?.toISOString(), t(0).toISOString());
  });

  test('unknown quests, tasks and badges are ignored without writing anything', async () => {
    const before = await db.enrollment.count();
    const summary = await apply([
      custom('quest_started', 40, { questId: 'no-such-quest' }),
      custom('task_completed', 41, { taskId: 'no-such-task' }),
      custom('badge_earned', 42, { badgeId: 'nope' }),
    ]);
    assert.deepEqual(summary, { received: 3, applied: 0, ignored: 3 });
    assert.equal(await db.enrollment.count(), before);
  });
});
