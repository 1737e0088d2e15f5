import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnLetter, excelSerial, MAX_CELL_TEXT, xmlCellText } from './xml-text';

test('escapes markup and writes control characters the way Excel does', () => {
  assert.equal(xmlCellText('a < b & c > d'), 'a &lt; b &amp; c &gt; d');
  assert.equal(xmlCellText('\r=cmd\u0001'), '_x000D_=cmd_x0001_');
  assert.equal(xmlCellText('tab\tand\nnewline'), 'tab\tand\nnewline');
  assert.equal(xmlCellText('literal _x0041_ stays'), 'literal _x005F_x0041_ stays');
});

test('ordinary text passes through unchanged; lone surrogates become U+FFFD; long text is capped', () => {
  assert.equal(xmlCellText('Ünïcødé 😀 "quoted"'), 'Ünïcødé 😀 "quoted"');
  assert.equal(xmlCellText('bad \ud800 half'), 'bad \ufffd half');
  assert.equal(xmlCellText('x'.repeat(MAX_CELL_TEXT + 10)).length, MAX_CELL_TEXT);
});

test('column letters and Excel date serials', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 701, 702].map(columnLetter), ['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  assert.equal(excelSerial(new Date('1970-01-01T00:00:00Z')), 25569);
  assert.equal(excelSerial(new Date('2026-11-22T12:00:00Z')), 46348.5);
});
