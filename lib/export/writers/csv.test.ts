import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, csvLine } from './csv';
import { ndjsonLine } from './ndjson';
import { EXPORT_COLUMNS, type ExportRow } from '../columns';

test('CSV fields: quoting, doubled quotes, typed values, empty for null, neutralised formulas', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(42), '42');
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField(new Date('2026-11-22T14:30:25.123Z')), '2026-11-22T14:30:25.123Z');
  assert.equal(csvField(null), '');
  assert.equal(csvField('=1+1'), "'=1+1");
  assert.equal(csvField('=HYPERLINK("x","y")'), `"'=HYPERLINK(""x"",""y"")"`);
  assert.equal(csvLine(['a', null, 1]), 'a,,1\r\n');
});

test('NDJSON lines: keys, null, ISO time, props embedded as JSON, text kept exactly', () => {
  const row: ExportRow = EXPORT_COLUMNS.map(() => null);
  row[0] = 7;
  row[7] = '=cmd';
  row[10] = new Date('2026-11-22T14:30:25.123Z');
  row[23] = '{"a":[1,2]}';
  const parsed = JSON.parse(ndjsonLine(row)) as Record<string, unknown>;
  assert.deepEqual(
    Object.keys(parsed),
    EXPORT_COLUMNS.map((column) => column.key),
  );
  assert.equal(parsed.id, 7);
  assert.equal(parsed.element_text, '=cmd');
  assert.equal(parsed.timestamp, '2026-11-22T14:30:25.123Z');
  assert.deepEqual(parsed.properties, { a: [1, 2] });
  assert.equal(parsed.user_id, null);
  assert.ok(ndjsonLine(row).endsWith('}\n'));
});
