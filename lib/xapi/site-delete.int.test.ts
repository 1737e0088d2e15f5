// Deleting a site removes its LRS data (statements, their links, documents, attachments) through
// the foreign keys, and statements still waiting to be mapped when their site goes are dropped
// quietly instead of logging a foreign-key failure.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST } from '@/app/xapi/statements/route';
import { PUT as putState } from '@/app/xapi/activities/state/route';
import { siteById } from '@/lib/sites/lookup';
import { mappingIdle, onStatementsStored } from './hooks';
import { prepareStatement } from './prepare';
import { createLrs, statement, xapiRequest } from './int-fixtures';

after(() => db.$disconnect());

test('deleting a site deletes its statements, links, documents and credentials', async () => {
  const lrs = await createLrs();
  const batch = Array.from({ length: 20 }, () => statement({ timestamp: new Date().toISOString() }));
  const posted = await POST(xapiRequest(lrs, 'statements', { method: 'POST', body: batch }));
  assert.equal(posted.status, 200, await posted.clone().text());
  const params = new URLSearchParams({
    activityId: 'https://lms.example.edu/course/1',
    agent: JSON.stringify({ mbox: 'mailto:ada@example.edu' }),
    stateId: 'bookmark',
  });
  const put = await putState(xapiRequest(lrs, `activities/state?${params}`, { method: 'PUT', body: { page: 3 } }));
  assert.equal(put.status, 204, await put.clone().text());
  await mappingIdle();
  const where = { siteId: lrs.siteId };
  assert.equal(await db.xapiStatement.count({ where }), 20);
  assert.ok((await db.xapiStatementLink.count({ where })) >= 40);

  await db.site.delete({ where: { id: lrs.siteId } });

  assert.equal(await db.xapiStatement.count({ where }), 0);
  assert.equal(await db.xapiStatementLink.count({ where }), 0);
  assert.equal(await db.xapiDocument.count({ where }), 0);
  assert.equal(await db.xapiCredential.count({ where }), 0);
});

test('statements of a site deleted before they were mapped are skipped without an error', async (t) => {
  const lrs = await createLrs();
  const site = await siteById(lrs.siteId); // cached, as the LRS request that stored them left it
  assert.ok(site);
  const client = { credentialId: lrs.credentialId, key: lrs.key, siteId: lrs.siteId, siteCreatedAt: site.createdAt, homePage: null };
  const prepared = [statement({ timestamp: new Date().toISOString() })].map((s) => prepareStatement(s, client, '1.0.3', new Date()));
  await db.site.delete({ where: { id: lrs.siteId } });
  const errors: unknown[][] = [];
  t.mock.method(console, 'error', (...args: unknown[]) => errors.push(args));
  await onStatementsStored(client, prepared);
  await mappingIdle();
  assert.deepEqual(errors, []);
  assert.equal(await db.event.count({ where: { siteId: lrs.siteId } }), 0);
});
