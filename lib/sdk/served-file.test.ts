import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { etagMatches, loadServedSdk } from './served-file';

test('missing file → null; the ETag follows the content', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pw-sdk-'));
  const file = path.join(dir, 'sdk.js');
  assert.equal(loadServedSdk(file), null);
  writeFileSync(file, 'console.log(1)');
  const first = loadServedSdk(file);
  assert.ok(first);
  assert.equal(first.body.toString(), 'console.log(1)');
  writeFileSync(file, 'console.log(2)');
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  const second = loadServedSdk(file);
  assert.notEqual(second?.etag, first.etag);
});

test('If-None-Match forms', () => {
  assert.ok(etagMatches('"abc"', '"abc"'));
  assert.ok(etagMatches('W/"abc"', '"abc"'));
  assert.ok(etagMatches('"x", "abc"', '"abc"'));
  assert.ok(etagMatches('*', '"abc"'));
  assert.ok(!etagMatches('"x"', '"abc"'));
  assert.ok(!etagMatches(null, '"abc"'));
});
