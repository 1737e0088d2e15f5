import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';

// On PostgreSQL every transaction has its own pooled connection, so only SQLite needs the gate;
// the test runs on both to show the behaviour is the same.
const keys = [`gate:${process.pid}:tx`, `gate:${process.pid}:outside`, `gate:${process.pid}:deleted`];
after(async () => {
  await db.setting.deleteMany({ where: { key: { in: keys } } });
  await db.$disconnect();
});

test(`a write made beside a transaction that rolls back is kept (${parseDatabaseUrl().provider})`, async () => {
  const [inside, outside, deleted] = keys as [string, string, string];
  await db.setting.create({ data: { key: deleted, value: 0 } }); // also opens the connection first
  const rolledBack = db.$transaction(async (tx) => {
    await tx.setting.create({ data: { key: inside, value: 1 } });
    await sleep(100); // the transaction is open and waiting while other work writes
    throw new Error('roll back');
  });
  await sleep(20);
  await db.setting.create({ data: { key: outside, value: 2 } });
  await db.setting.delete({ where: { key: deleted } });
  await assert.rejects(rolledBack, /roll back/);
  assert.equal(await db.setting.findUnique({ where: { key: inside } }), null, 'the transaction’s own write is undone');
  assert.equal((await db.setting.findUnique({ where: { key: outside } }))?.value, 2, 'the other write survives the rollback');
  assert.equal(await db.setting.findUnique({ where: { key: deleted } }), null, 'so does the other delete');
});
