import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST } from '@/app/api/collect/route';
import { enqueue, ingestQueue, drain } from './queue';
import type { PreparedBatch } from './types';
import { serverBatch } from '@/lib/testing/server-batch';
import { batchFor, cleanup, collectRequest, createSite, eventCount } from './int-fixtures';

let site: Awaited<ReturnType<typeof createSite>>;
before(async () => {
  site = await createSite();
});
after(async () => {
  await cleanup([site.id], []);
  await db.$disconnect();
});

const events = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ type: 'click', ts: Date.now(), url: 'https://school.test/p', x: i, y: i }));

test('concurrent requests are committed together and each is acknowledged after commit', async () => {
  const queue = ingestQueue();
  const commitsBefore = queue.commits;
  const countBefore = await eventCount(site.id);
  const requests = Array.from({ length: 40 }, () => POST(collectRequest(batchFor(site.key, events(10)))));
  const responses = await Promise.all(requests);
  // Acknowledged ⇒ committed: every event is readable as soon as its response exists.
  assert.equal(await eventCount(site.id), countBefore + 400);
  for (const response of responses) {
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { stored: 10 });
  }
  const commits = queue.commits - commitsBefore;
  assert.ok(commits >= 1 && commits < 40, `40 requests took ${commits} transactions`);
  assert.equal(await db.session.count({ where: { siteId: site.id } }), 40);
});

test('several batches of one session in one group update it once, consistently', async () => {
  const first = batchFor(site.key, events(3));
  const more = [0, 1, 2].map(() => ({ ...first, events: events(2) }));
  const responses = await Promise.all([first, ...more].map((batch) => POST(collectRequest(batch))));
  assert.deepEqual(
    responses.map((r) => r.status),
    [200, 200, 200, 200],
  );
  const session = await db.session.findUniqueOrThrow({ where: { siteId_clientId: { siteId: site.id, clientId: first.sid } } });
  assert.equal(session.eventCount, 9);
  assert.equal(await db.visitor.count({ where: { siteId: site.id, anonId: first.anon } }), 1);
});

test('a failing member does not poison the group: the others are stored, it alone is refused', async () => {
  const countBefore = await eventCount(site.id);
  const good = (n: number): PreparedBatch =>
    serverBatch({ siteId: site.id, anonId: `good-${n}-${Date.now()}`, clientId: `good-sid-${n}-${Date.now()}` }, [
      { type: 'custom', name: 'ok', path: null, timestamp: new Date(), trusted: true },
    ]);
  // A user id that does not exist violates a foreign key, so its transaction must fail.
  const bad: PreparedBatch = { ...good(99), userId: 'no-such-user' };
  const outcomes = await Promise.allSettled([enqueue(good(1)), enqueue(bad), enqueue(good(2))]);
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  assert.equal(await eventCount(site.id), countBefore + 2);
  assert.equal(await db.visitor.count({ where: { anonId: bad.anonId } }), 0, 'nothing of the failed batch is half-written');
});

test('drain() resolves once everything queued is committed', async () => {
  const countBefore = await eventCount(site.id);
  const pending = Array.from({ length: 5 }, () => POST(collectRequest(batchFor(site.key, events(2)))));
  // Let the route handlers reach the queue, then drain.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await drain();
  assert.equal(ingestQueue().pending, 0);
  await Promise.all(pending);
  assert.equal(await eventCount(site.id), countBefore + 10);
});
