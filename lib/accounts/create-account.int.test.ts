// First-run setup and `npm run demo -- remove` need an instance with no accounts, so each test here
// makes its own fresh database of the provider under test, migrated like a new installation.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ZodError } from 'zod';
import { createDb, type Db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { migrateDatabase } from '@/scripts/db/migrate';
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from '@/scripts/test/databases';
import { seedDatabase } from '@/scripts/seed/seed-database';
import { DEMO_ADMIN } from '@/scripts/seed/demo-accounts';
import { removeDemo } from '@/scripts/seed/remove-demo';
import { AccountError, createAccount, createFirstAdmin, needsSetup } from './create-account';

const opened: Array<{ db: Db; database: TestDatabase }> = [];
after(async () => {
  for (const { db, database } of opened) {
    await db.$disconnect();
    await database.drop();
  }
});

async function freshInstance(): Promise<Db> {
  const provider = parseDatabaseUrl(process.env.DATABASE_URL).provider;
  const database = provider === 'postgres' ? await createPostgresDatabase() : createSqliteDatabase();
  await migrateDatabase(database.url);
  const db = createDb(parseDatabaseUrl(database.url));
  opened.push({ db, database });
  return db;
}

const admin = (email: string) => ({ email, name: 'First Admin', password: 'a-long-enough-password' });

test('an empty instance needs setup; of two concurrent first admins exactly one is created', async () => {
  const db = await freshInstance();
  assert.equal(await needsSetup(db), true);
  const outcomes = await Promise.allSettled([
    createFirstAdmin(db, admin('a@school.example')),
    createFirstAdmin(db, admin('b@school.example')),
  ]);
  assert.deepEqual(outcomes.map((o) => o.status).sort(), ['fulfilled', 'rejected']);
  const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
  assert.ok(refused.reason instanceof AccountError, String(refused.reason));
  assert.equal(await db.user.count({ where: { role: 'ADMIN' } }), 1);
  assert.equal(await needsSetup(db), false);
  await assert.rejects(createFirstAdmin(db, admin('c@school.example')), /already set up/);
});

test('accounts: short passwords, bad addresses and duplicates are refused; the hash is bcrypt', async () => {
  const db = await freshInstance();
  await assert.rejects(createAccount(db, { ...admin('x@school.example'), password: 'short', role: 'ADMIN' }), ZodError);
  await assert.rejects(createAccount(db, { ...admin('not-an-address'), role: 'ADMIN' }), ZodError);
  const user = await createAccount(db, { ...admin('Teacher@School.example'), role: 'INSTRUCTOR' });
  assert.equal(user.email, 'teacher@school.example');
  await assert.rejects(createAccount(db, { ...admin('teacher@school.example'), role: 'ADMIN' }), AccountError);
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  assert.match(stored.passwordHash ?? '', /^\$2[aby]\$12\$/);
});

test('removing the demo deletes its accounts, sites, events and login hint, and keeps real data', async () => {
  const db = await freshInstance();
  const provider = parseDatabaseUrl(process.env.DATABASE_URL).provider;
  await seedDatabase(db, { students: 4, days: 3, seed: 3, provider, now: new Date('2025-03-01T12:00:00Z') });
  const real = await db.site.create({ data: { key: 'real-school', name: 'Real school', domains: ['school.example'] } });
  const teacher = await createAccount(db, { ...admin('teacher@school.example'), role: 'ADMIN' });
  assert.ok((await db.event.count()) > 0);

  const removed = await removeDemo(db);
  assert.ok(removed.users >= 6 && removed.sites === 2, JSON.stringify(removed));
  assert.equal(await db.user.count({ where: { email: DEMO_ADMIN.email } }), 0);
  assert.equal(await db.user.count({ where: { email: { endsWith: '@pathwise.test' } } }), 0);
  assert.equal(await db.setting.count({ where: { key: 'demo' } }), 0);
  assert.equal(await db.event.count(), 0);
  assert.equal(await db.course.count(), 0);
  assert.deepEqual(
    (await db.site.findMany({ select: { id: true } })).map((s) => s.id),
    [real.id],
  );
  assert.deepEqual(
    (await db.user.findMany({ select: { id: true } })).map((u) => u.id),
    [teacher.id],
  );
});

test('with only the demo removed, the instance needs setup again and setup works', async () => {
  const db = await freshInstance();
  const provider = parseDatabaseUrl(process.env.DATABASE_URL).provider;
  await seedDatabase(db, { students: 2, days: 2, seed: 5, provider, now: new Date('2025-03-01T12:00:00Z') });
  assert.equal((await removeDemo(db)).usersLeft, 0);
  assert.equal(await needsSetup(db), true);
  await createFirstAdmin(db, admin('owner@school.example'));
  assert.equal(await needsSetup(db), false);
});
