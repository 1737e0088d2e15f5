import '@/lib/testing/server-modules';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { Made } from '@/lib/testing/learning-fixtures';
import type { FactorResult } from '@/lib/risk/factors';

const made = new Made();
let listStudents: typeof import('./students').listStudents;
let listAtRiskStudents: typeof import('./students').listAtRiskStudents;
let instructor: SessionUser;
const ids: Record<string, string> = {};
const courses: Record<string, string> = {};
const now = new Date();

const factors = (daysInactive: number): FactorResult[] => [
  {
    key: 'daysInactive',
    raw: daysInactive,
    normalised: Math.min(1, daysInactive / 10),
    weight: 0.4,
    contribution: Math.min(0.4, daysInactive / 25),
  },
];

before(async () => {
  ({ listStudents, listAtRiskStudents } = await import('./students'));
  instructor = await made.user('INSTRUCTOR');
  const a = await made.course({ instructorId: instructor.id });
  const b = await made.course({ instructorId: instructor.id });
  courses.a = a.id;
  courses.b = b.id;
  // name, course, [score at day -1, latest score], days inactive
  const plan: Array<[string, string, number, number, number]> = [
    ['Ada', a.id, 0.1, 0.92, 12],
    ['Ben', a.id, 0.5, 0.15, 0],
    ['Cy', b.id, 0.7, 0.65, 6],
    ['Dee', a.quests[0]!.id, 0.2, 0.45, 2], // enrolled in a quest of course a only
  ];
  for (const [name, courseId, earlier, latest, inactive] of plan) {
    const student = await made.user('STUDENT', { name: `${name} ${made.users.length}` });
    ids[name] = student.id;
    await made.enrol(student.id, courseId);
    await db.riskScore.create({
      data: {
        userId: student.id,
        score: earlier,
        level: 'minimal',
        factors: factors(0),
        modelVersion: 'old',
        computedAt: new Date(now.getTime() - 86_400_000),
      },
    });
    const level = latest > 0.8 ? 'at_risk' : latest >= 0.6 ? 'elevated' : latest >= 0.3 ? 'moderate' : 'minimal';
    await db.riskScore.create({
      data: {
        userId: student.id,
        score: latest,
        level,
        factors: factors(inactive),
        modelVersion: 'new',
        computedAt: new Date(now.getTime() - 60_000),
      },
    });
  }
  ids.unscored = (await made.user('STUDENT')).id;
  await made.enrol(ids.unscored, a.id);
});
after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name.split(' ')[0]);

describe('listStudents', () => {
  test("each student's LATEST score, most at risk first, with counts per level and the unscored", async () => {
    const list = await listStudents(instructor, { sort: 'score', dir: 'desc', page: 1 });
    assert.deepEqual(names(list.rows), ['Ada', 'Cy', 'Dee', 'Ben']);
    assert.deepEqual(
      list.rows.map((row) => [row.score, row.level, row.modelVersion]),
      [
        [0.92, 'at_risk', 'new'],
        [0.65, 'elevated', 'new'],
        [0.45, 'moderate', 'new'],
        [0.15, 'minimal', 'new'],
      ],
    );
    assert.deepEqual(list.levelCounts, { minimal: 1, moderate: 1, elevated: 1, at_risk: 1 });
    assert.equal(list.unscored, 1);
    assert.equal(list.total, 4);
    assert.deepEqual(list.rows[0]!.factors[0], { key: 'daysInactive', raw: 12, normalised: 1, weight: 0.4, contribution: 0.4 });
  });

  test('sorts by name and by a factor', async () => {
    assert.deepEqual(names((await listStudents(instructor, { sort: 'name', dir: 'asc', page: 1 })).rows), ['Ada', 'Ben', 'Cy', 'Dee']);
    assert.deepEqual(names((await listStudents(instructor, { sort: 'daysInactive', dir: 'asc', page: 1 })).rows), [
      'Ben',
      'Dee',
      'Cy',
      'Ada',
    ]);
  });

  test('filters by level; counts stay those of all levels', async () => {
    const list = await listStudents(instructor, { level: 'elevated', sort: 'score', dir: 'desc', page: 1 });
    assert.deepEqual(names(list.rows), ['Cy']);
    assert.equal(list.total, 1);
    assert.deepEqual(list.levelCounts, { minimal: 1, moderate: 1, elevated: 1, at_risk: 1 });
  });

  test('filters by course, counting students enrolled in one of its quests too', async () => {
    const list = await listStudents(instructor, { course: courses.a, sort: 'score', dir: 'desc', page: 1 });
    assert.deepEqual(names(list.rows), ['Ada', 'Dee', 'Ben']);
    assert.deepEqual(list.levelCounts, { minimal: 1, moderate: 1, elevated: 0, at_risk: 1 });
    assert.deepEqual(list.courses.map((course) => course.id).sort(), [courses.a, courses.b].sort());
  });

  test("another instructor's course id is ignored and reported, not used", async () => {
    const other = await made.user('INSTRUCTOR');
    const foreign = await made.course({ instructorId: other.id });
    const list = await listStudents(instructor, { course: foreign.id, sort: 'score', dir: 'desc', page: 1 });
    assert.equal(list.unknownCourse, true);
    assert.equal(list.total, 4);
  });
});

describe('listAtRiskStudents', () => {
  test('threshold 0.6 → the two riskiest, by score', async () => {
    const rows = await listAtRiskStudents(instructor, { threshold: 0.6, days: 30 }, now);
    assert.deepEqual(
      rows.map((row) => [row.name.split(' ')[0], row.score]),
      [
        ['Ada', 0.92],
        ['Cy', 0.65],
      ],
    );
  });
  test('days limits to recently computed scores', async () => {
    const later = new Date(now.getTime() + 2 * 86_400_000);
    assert.deepEqual(await listAtRiskStudents(instructor, { threshold: 0, days: 1 }, later), []);
  });
});
