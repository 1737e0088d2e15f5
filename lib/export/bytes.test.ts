import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes } from '@/lib/format';
import { byteFormatter } from './bytes';

test('English sizes equal the old formatBytes; Chinese uses the same unit symbols', () => {
  const en = byteFormatter('en');
  for (const bytes of [0, 512, 1536, 10 * 1024, 3_500_000, 5 * 1024 ** 3]) assert.equal(en(bytes), formatBytes(bytes), String(bytes));
  const zh = byteFormatter('zh-CN');
  assert.equal(zh(1536), '1.5 KB');
  assert.equal(zh(3_500_000), '3.3 MB');
});
