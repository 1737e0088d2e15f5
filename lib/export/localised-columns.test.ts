import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCatalogue } from '@/lib/i18n/catalogue';
import { EXPORT_COLUMNS, EXPORT_HEADERS } from './columns';
import { exportColumnsIn } from './localised-columns';

test('English headers are the original ones; the en catalogue lists the same words for translators', () => {
  assert.equal(exportColumnsIn('en'), EXPORT_COLUMNS);
  const en = readCatalogue('en').export!.xlsxHeaders as Record<string, string>;
  assert.deepEqual(
    EXPORT_COLUMNS.map((column) => en[column.key]),
    EXPORT_HEADERS,
  );
});

test('Chinese headers come from the zh-CN catalogue, one per column, with keys, kinds and widths unchanged', () => {
  const zh = exportColumnsIn('zh-CN');
  assert.equal(zh.length, EXPORT_COLUMNS.length);
  zh.forEach((column, i) => {
    const original = EXPORT_COLUMNS[i]!;
    assert.deepEqual({ ...column, header: original.header }, original);
    assert.match(column.header, /[\u4e00-\u9fff]|ID|IP|X|Y/, original.key);
  });
  assert.equal(zh[22]!.header, '时长（毫秒）');
});
