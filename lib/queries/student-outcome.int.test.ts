// "Left the course on …": only staff who may see the student record or read it; audited; a bad
// or future day is refused and nothing is written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { Made, refusedWith } from '@/lib/testing/learning-fixtures';
import { getStudentOutcome, recordLeftCourse } from './student-outcome';

const made = new Made();
type Person = Awaited<ReturnType<Made['user']>>;
let teacher: Person;
let other: Person;
let parent: Person;
let student: Person;

before(async () => {
  ({ teacher, other, parent, student } = await made.studentWithStaff('Lena Leaver'));
});

after(() => made.cleanup());

test('the teacher records that the student left; it is shown, stored as a staff outcome and audited', async () => {
  assert.equal(await getStudentOutcome(teacher, student.id), null);
  await recordLeftCourse(teacher, student.id, { leftOn: '2026-11-02' });
  assert.deepEqual(await getStudentOutcome(teacher, student.id), {
    droppedOut: true,
    at: '2026-11-02T00:00:00.000Z',
    source: 'staff',
    by: teacher.name,
  });
  // Recording again replaces the day (one outcome per student).
  await recordLeftCourse(teacher, student.id, { leftOn: '2026-11-05' });
  const rows = await db.studentOutcome.findMany({ where: { userId: student.id } });
  assert.deepEqual(
    rows.map((row) => [row.at.toISOString(), row.source, row.recordedById]),
    [['2026-11-05T00:00:00.000Z', 'staff', teacher.id]],
  );
  const audits = await db.auditLog.findMany({
    where: { action: 'outcome.record', target: `user:${student.id}` },
    orderBy: { createdAt: 'asc' },
  });
  assert.deepEqual(
    audits.map((audit) => [audit.actorId, (audit.details as { leftOn: string }).leftOn]),
    [
      [teacher.id, '2026-11-02'],
      [teacher.id, '2026-11-05'],
    ],
  );
});

test('another instructor gets 404 and the parent 403, for recording and for reading', async () => {
  await assert.rejects(recordLeftCourse(other, student.id, { leftOn: '2026-11-01' }), refusedWith('student_not_found'));
  await assert.rejects(getStudentOutcome(other, student.id), refusedWith('student_not_found'));
  await assert.rejects(recordLeftCourse(parent, student.id, { leftOn: '2026-11-01' }), refusedWith('forbidden'));
  await assert.rejects(getStudentOutcome(parent, student.id), refusedWith('forbidden'));
  await assert.rejects(recordLeftCourse(student, student.id, { leftOn: '2026-11-01' }), refusedWith('forbidden'));
  const row = await db.studentOutcome.findUnique({ where: { userId: student.id } });
  assert.equal(row?.at.toISOString(), '2026-11-05T00:00:00.000Z');
});

test('a malformed, unreal or future day writes nothing', async () => {
  const fresh = await made.user('STUDENT');
  const course = await made.course({ instructorId: teacher.id });
  await made.enrol(fresh.id, course.id);
  for (const leftOn of ['', 'yesterday', '2026-02-30', '2999-01-01'])
    await assert.rejects(recordLeftCourse(teacher, fresh.id, { leftOn }), `accepted "${leftOn}"`);
  assert.equal(await db.studentOutcome.count({ where: { userId: fresh.id } }), 0);
  assert.equal(await db.auditLog.count({ where: { action: 'outcome.record', target: `user:${fresh.id}` } }), 0);
});
