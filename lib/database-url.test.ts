import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DatabaseConfigError, parseDatabaseUrl, redactDatabaseUrl } from './database-url';

test('unset DATABASE_URL means the embedded SQLite file under data/', () => {
  const target = parseDatabaseUrl(undefined, '/srv/pathwise');
  assert.deepEqual(target, { provider: 'sqlite', url: 'file:./data/pathwise.db', file: '/srv/pathwise/data/pathwise.db' });
});

test('a file: URL resolves relative to the working directory and drops query options', () => {
  const target = parseDatabaseUrl('file:db/x.db?mode=rwc', '/tmp/w');
  assert.equal(target.provider, 'sqlite');
  assert.equal(target.provider === 'sqlite' && target.file, path.join('/tmp/w', 'db/x.db'));
});

test('postgres:// and postgresql:// select PostgreSQL', () => {
  assert.equal(parseDatabaseUrl('postgres://u@h:5432/db').provider, 'postgres');
  assert.equal(parseDatabaseUrl('postgresql://u:p@h/db').provider, 'postgres');
});

test('bad values fail with one line naming DATABASE_URL and the fix', () => {
  for (const bad of ['mysql://h/db', 'postgresql://h', 'file:', 'nonsense']) {
    assert.throws(
      () => parseDatabaseUrl(bad),
      (error: unknown) =>
        error instanceof DatabaseConfigError &&
        error.message.startsWith('DATABASE_URL is invalid') &&
        error.message.includes('Fix:') &&
        !error.message.includes('\n'),
    );
  }
});

test('passwords never appear in messages', () => {
  assert.equal(redactDatabaseUrl('postgresql://app:s3cret@db:5432/x'), 'postgresql://app:***@db:5432/x');
  assert.throws(
    () => parseDatabaseUrl('postgresql://app:s3cret@db'),
    (error: Error) => !error.message.includes('s3cret'),
  );
});
