// Outreach records: only staff who may see the student record or read them; the Students list's
// last contact skips "not useful" and bare notes; bad input is refused and nothing is written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { Made, refusedWith } from '@/lib/testing/learning-fixtures';
import { lastContacts, listOutreach, recordOutreach } from './outreach';

const made = new Made();
type Person = Awaited<ReturnType<Made['user']>>;
let teacher: Person;
let other: Person;
let parent: Person;
let student: Person;

before(async () => {
  ({ teacher, other, parent, student } = await made.studentWithStaff('Olive Outreach'));
});

after(() => made.cleanup());

test('the teacher records and reads; another instructor and the parent cannot', async () => {
  await recordOutreach(teacher, student.id, { kind: 'MET', note: 'Talked after class' });
  await recordOutreach(teacher, student.id, { kind: 'NOT_USEFUL' });
  const rows = await listOutreach(teacher, student.id);
  assert.deepEqual(
    rows.map((row) => [row.kind, row.note, row.by]),
    [
      ['NOT_USEFUL', null, teacher.name],
      ['MET', 'Talked after class', teacher.name],
    ],
  );
  await assert.rejects(recordOutreach(other, student.id, { kind: 'MESSAGED' }), refusedWith('student_not_found'));
  await assert.rejects(listOutreach(other, student.id), refusedWith('student_not_found'));
  await assert.rejects(listOutreach(parent, student.id), refusedWith('forbidden'));
  assert.deepEqual(await lastContacts(other, [student.id]), {});
  const audit = await db.auditLog.count({ where: { action: 'outreach.record', target: `user:${student.id}` } });
  assert.equal(audit, 2);
});

test('the last contact ignores "not useful" and bare notes', async () => {
  const contacts = await lastContacts(teacher, [student.id]);
  assert.equal(contacts[student.id]?.kind, 'MET');
});

test('an empty note, an overlong note or an unknown kind writes nothing', async () => {
  const before = await db.outreach.count({ where: { studentId: student.id } });
  await assert.rejects(recordOutreach(teacher, student.id, { kind: 'NOTE', note: '   ' }));
  await assert.rejects(recordOutreach(teacher, student.id, { kind: 'MET', note: 'x'.repeat(501) }));
  await assert.rejects(recordOutreach(teacher, student.id, { kind: 'HUGGED' as 'MET' }));
  assert.equal(await db.outreach.count({ where: { studentId: student.id } }), before);
});
