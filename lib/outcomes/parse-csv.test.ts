import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOutcomesCsv } from './parse-csv';

const NOW = new Date('2025-06-01T12:00:00Z');

test('reads yes/no rows with dates; a "no" may leave the date out', () => {
  const { rows, problems } = parseOutcomesCsv(
    'external_user_id,dropped_out,when\nstu-1,yes,2025-03-04\r\n"stu-2",No,\nstu-3,no,2025-05-01T10:00:00Z\n\n',
    NOW,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    rows.map((row) => [row.line, row.externalId, row.droppedOut, row.at?.toISOString() ?? null]),
    [
      [2, 'stu-1', true, '2025-03-04T00:00:00.000Z'],
      [3, 'stu-2', false, null],
      [4, 'stu-3', false, '2025-05-01T10:00:00.000Z'],
    ],
  );
});

test('every bad line is named with its number', () => {
  const { problems } = parseOutcomesCsv(
    [
      'external_user_id,dropped_out,when',
      'stu-1,maybe,2025-03-04',
      'stu-2,yes,',
      'stu-3,yes,2025-02-30',
      'stu-4,yes,next week',
      'stu-5,yes,2030-01-01',
      'stu-6,no',
      ',no,2025-01-01',
      'stu-7,no,2025-01-01',
      'stu-7,yes,2025-01-02',
    ].join('\n'),
    NOW,
  );
  assert.deepEqual(
    problems.map((problem) => problem.line),
    [2, 3, 4, 5, 6, 7, 8, 10],
  );
  assert.match(problems[0]?.message ?? '', /yes or no, got "maybe"/);
  assert.match(problems[2]?.message ?? '', /not a real date/);
  assert.match(problems[4]?.message ?? '', /future/);
  assert.match(problems[7]?.message ?? '', /already on line 9/);
});

test('a wrong header refuses the file at line 1', () => {
  const { rows, problems } = parseOutcomesCsv('user,dropped,date\nstu-1,yes,2025-01-01', NOW);
  assert.equal(rows.length, 0);
  assert.equal(problems[0]?.line, 1);
});
