// Known outcomes from a CSV: bad rows refused with their line numbers and nothing stored; the same
// file twice changes nothing; then risk-eval measures on them (source "known") and stores the run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { Made, daysAgo } from '@/lib/testing/learning-fixtures';
import { loadOutcomes } from '@/lib/risk/evaluation';
import { riskEvalJob } from '@/lib/risk/jobs';
import { importOutcomes, OutcomesRefused } from './import-outcomes';

const made = new Made();
const NOW = new Date('2026-11-30T12:00:00Z');
const tag = Math.random().toString(36).slice(2, 8);
const ext = (i: number) => `out-${tag}-${i}`;
let students: Array<Awaited<ReturnType<Made['user']>>> = [];

before(async () => {
  students = [];
  for (let i = 0; i < 6; i++)
    students.push(await made.user('STUDENT', { externalId: ext(i), createdAt: new Date('2026-08-01T00:00:00Z') }));
  await made.user('PARENT', { externalId: ext(99) });
});

after(async () => {
  await db.riskEvaluation.deleteMany({ where: { ranAt: NOW } });
  await made.cleanup();
});

const csv = (...rows: string[]) => ['external_user_id,dropped_out,when', ...rows].join('\n');
const good = csv(
  `${ext(0)},yes,2026-11-01`,
  `${ext(1)},yes,2026-10-20`,
  `${ext(2)},no,2026-11-28`,
  `${ext(3)},no,`,
  `${ext(4)},no,2026-11-28`,
);

test('bad rows are refused with their line numbers; nothing is stored', async () => {
  const bad = csv(
    `${ext(0)},yes,2026-11-01`,
    `${ext(1)},perhaps,2026-11-01`,
    'nobody-here,yes,2026-11-01',
    `${ext(99)},no,`,
    `${ext(2)},yes,`,
  );
  await assert.rejects(importOutcomes(db, bad, { now: NOW }), (error: unknown) => {
    assert.ok(error instanceof OutcomesRefused);
    assert.deepEqual(
      error.problems.map((problem) => problem.line),
      [3, 4, 5, 6],
    );
    assert.match(error.message, /line 4: no user with external id nobody-here/);
    assert.match(error.message, /line 5: .* is not a student/);
    return true;
  });
  assert.equal(await db.studentOutcome.count({ where: { userId: { in: students.map((s) => s.id) } } }), 0);
});

test('a good file is stored once; running it again changes nothing', async () => {
  const first = await importOutcomes(db, good, { now: NOW, file: 'outcomes.csv' });
  assert.deepEqual(first, { rows: 5, created: 5, updated: 0, unchanged: 0 });
  const snapshot = async () =>
    (await db.studentOutcome.findMany({ where: { userId: { in: students.map((s) => s.id) } }, orderBy: { userId: 'asc' } })).map((row) => [
      row.userId,
      row.droppedOut,
      row.at.toISOString(),
      row.source,
      row.updatedAt.toISOString(),
    ]);
  const stored = await snapshot();
  const second = await importOutcomes(db, good, { now: new Date(NOW.getTime() + 3_600_000) });
  assert.deepEqual(second, { rows: 5, created: 0, updated: 0, unchanged: 5 });
  assert.deepEqual(await snapshot(), stored);
  // A "no" without a day is dated by the import.
  const undated = await db.studentOutcome.findUniqueOrThrow({ where: { userId: students[3]!.id } });
  assert.equal(undated.at.toISOString(), NOW.toISOString());
  const audits = await db.auditLog.findMany({ where: { action: 'outcomes.import' } });
  const mine = audits.filter((audit) => (audit.details as { file?: string; created?: number }).file === 'outcomes.csv');
  assert.deepEqual(
    mine.map((audit) => (audit.details as { created: number }).created),
    [5],
  );
});

test('risk-eval then measures on the known outcomes and stores the run', async () => {
  // A little activity so each student has something to be scored on.
  const site = await made.site();
  for (const [i, student] of students.entries())
    await made.session(site.id, student.id, daysAgo(new Date('2026-10-10T00:00:00Z'), i * 3), 10);
  const { source, outcomes } = await loadOutcomes(db);
  assert.equal(source, 'known');
  assert.ok(students.slice(0, 5).every((s) => outcomes.some((o) => o.userId === s.id)));
  assert.ok(!outcomes.some((o) => o.userId === students[5]!.id), 'a student without a known outcome is not labelled');
  const lines: string[] = [];
  const summary = await riskEvalJob.run({ db, args: [], log: (line) => lines.push(line), now: NOW });
  assert.equal((summary as { source: string }).source, 'known');
  assert.match(lines.join('\n'), /the platform's own known outcomes/);
  const stored = await db.riskEvaluation.findFirstOrThrow({ where: { ranAt: NOW } });
  assert.equal(stored.source, 'known');
  assert.equal(stored.horizonDays, 14);
  assert.equal(stored.students, (summary as { holdoutStudents: number }).holdoutStudents);
  assert.equal((stored.calibration as unknown[]).length, 4);
});
