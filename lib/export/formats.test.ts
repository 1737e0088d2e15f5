import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_COLUMNS, EXPORT_HEADERS } from './columns';
import { exportFilename } from './formats';

test('filenames carry the UTC date and time', () => {
  const at = new Date('2026-11-22T14:30:25.999Z');
  assert.equal(exportFilename('xlsx', at), 'pathwise-clickstream-20261122-143025.xlsx');
  assert.equal(exportFilename('json', at), 'pathwise-clickstream-20261122-143025.ndjson');
  assert.equal(exportFilename('parquet', at), 'pathwise-clickstream-20261122-143025.parquet');
});

test('the first thirteen columns are the original clickstream sheet, in its order', () => {
  assert.deepEqual(EXPORT_HEADERS.slice(0, 13), [
    'ID',
    'User ID',
    'Username',
    'Session ID',
    'Page URL',
    'Element ID',
    'Element Class',
    'Element Text',
    'Click X',
    'Click Y',
    'Timestamp',
    'User Agent',
    'IP Address',
  ]);
  assert.deepEqual(EXPORT_HEADERS.slice(13), [
    'Site',
    'Visitor ID',
    'Event Type',
    'Category',
    'Event Name',
    'Path',
    'Referrer',
    'Channel',
    'Scroll Depth',
    'Duration (ms)',
    'Properties (JSON)',
  ]);
  assert.equal(new Set(EXPORT_COLUMNS.map((column) => column.key)).size, EXPORT_COLUMNS.length);
});
