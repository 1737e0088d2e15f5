// Integration test, run once per provider with DATABASE_URL from the integration runner. Proves the
// committed migrations build exactly the schema in prisma/models.prisma, are recorded the way
// `prisma migrate deploy` records them, and are idempotent.
// The runner may already have migrated DATABASE_URL (and other suites may write to it), so the
// from-empty checks run on a scratch database made next to it: a sibling SQLite file, or a new
// database on the same PostgreSQL server. It is dropped afterwards.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseDatabaseUrl, type DatabaseTarget } from '../../lib/database-url';
import { migrateDatabase, type MigrateResult } from './migrate';
import { migrationNames, migrationsDir } from './migration-files';
import { createDatabase, dropDatabase, temporaryDatabaseName } from './pg-adapter';
import { pgFieldsFromUrl } from './pg-connection';
import { diffDatabaseToSchema, withSchemaEngine } from './schema-engine';

type MigrationRow = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };
type Scratch = { url: string; drop: () => Promise<void> };

const ROWS_SQL = 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name';

function givenUrl(): string {
  // Falling back to the app's default database here would migrate real data; insist on the runner's.
  const url = process.env.DATABASE_URL;
  assert.ok(url, 'DATABASE_URL must name a test database (the integration runner sets it)');
  return url;
}

async function makeScratch(url: string): Promise<Scratch> {
  const target = parseDatabaseUrl(url);
  const name = temporaryDatabaseName('pathwise_migtest_');
  if (target.provider === 'sqlite') {
    const file = `${target.file}.${name}.db`;
    const drop = async () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(file + suffix, { force: true }));
    return { url: `file:${file}`, drop };
  }
  const admin = pgFieldsFromUrl(url);
  await createDatabase(admin, name);
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  return { url: scratchUrl.toString(), drop: () => dropDatabase(admin, name) };
}

async function readMigrationRows(target: DatabaseTarget): Promise<MigrationRow[]> {
  if (target.provider === 'sqlite') {
    const db = new Database(target.file, { readonly: true });
    try {
      return db.prepare(ROWS_SQL).all() as MigrationRow[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client(pgFieldsFromUrl(target.url));
  await client.connect();
  try {
    return (await client.query<MigrationRow>(ROWS_SQL)).rows;
  } finally {
    await client.end();
  }
}

function folders(target: DatabaseTarget): string[] {
  const names = migrationNames(migrationsDir(target.provider));
  assert.ok(names.length > 0, `no migrations in ${migrationsDir(target.provider)}`);
  return names;
}

async function assertAtSchema(target: DatabaseTarget): Promise<void> {
  const drift = await withSchemaEngine(target, {}, diffDatabaseToSchema);
  assert.equal(drift, '', `migrations and prisma/models.prisma disagree; SQL still missing:\n${drift}`);
}

async function assertRecorded(target: DatabaseTarget): Promise<void> {
  const rows = await readMigrationRows(target);
  assert.deepEqual(
    rows.map((row) => row.migration_name),
    folders(target),
  );
  for (const row of rows) {
    assert.match(row.checksum, /^[0-9a-f]{64}$/, `${row.migration_name} has no sha256 checksum`);
    assert.ok(row.finished_at, `${row.migration_name} never finished`);
    assert.equal(row.rolled_back_at, null, `${row.migration_name} was rolled back`);
  }
}

describe('migrations on an empty database', () => {
  let scratch: Scratch;
  let target: DatabaseTarget;
  let first: MigrateResult;

  before(async () => {
    scratch = await makeScratch(givenUrl());
    target = parseDatabaseUrl(scratch.url);
    first = await migrateDatabase(scratch.url);
  });
  after(async () => scratch?.drop());

  test('applies every migration folder, oldest first', () => {
    assert.equal(first.provider, target.provider);
    assert.deepEqual(first.applied, folders(target));
    assert.equal(first.total, folders(target).length);
  });

  test('leaves the database exactly at the schema composed from prisma/models.prisma', () => assertAtSchema(target));

  test('records one finished row with a checksum per migration folder', () => assertRecorded(target));

  test('a second run applies nothing', async () => {
    const second = await migrateDatabase(scratch.url);
    assert.deepEqual(second.applied, []);
    assert.equal(second.created, false);
    assert.equal((await readMigrationRows(target)).length, folders(target).length);
  });
});

describe('migrations on the DATABASE_URL database', () => {
  test('migrating it (again) leaves it at the schema with every migration recorded', async () => {
    const url = givenUrl();
    const target = parseDatabaseUrl(url);
    await migrateDatabase(url);
    assert.deepEqual((await migrateDatabase(url)).applied, []);
    await assertAtSchema(target);
    await assertRecorded(target);
  });
});

describe('migrateDatabase with a bad DATABASE_URL', () => {
  test('rejects a malformed URL with a message naming DATABASE_URL', async () => {
    await assert.rejects(migrateDatabase('mysql://nope'), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'DatabaseConfigError');
      assert.match(error.message, /DATABASE_URL/);
      return true;
    });
  });

  test('rejects an unreachable PostgreSQL server with one line naming DATABASE_URL', async () => {
    await assert.rejects(migrateDatabase('postgresql://postgres@127.0.0.1:1/pathwise'), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'DatabaseConnectionError');
      assert.match(error.message, /DATABASE_URL/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  });
});
