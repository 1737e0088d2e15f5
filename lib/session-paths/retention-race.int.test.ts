// Retention (or erasure, or anonymisation) changing a session's events while the rollups job is
// summarising it: the summary was read from the old events, so it must not be kept as the
// session's truth. Placed deterministically: retention runs between the refresh's read of the
// events and its write of the summary (the refresh's test hook), on both providers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { writeBatches } from '@/lib/ingest/store';
import { serverBatch } from '@/lib/testing/server-batch';
import { runRetention } from '@/lib/privacy/retention';
import { cleanup, createSite, unique } from '@/lib/privacy/int-fixtures';
import { refreshSessionPaths } from './refresh';

const provider = parseDatabaseUrl().provider;
const sites: string[] = [];
after(async () => {
  await cleanup(sites, []);
  await db.$disconnect();
});

const at = (iso: string) => new Date(`${iso}Z`);

test('retention between the refresh’s read and its write leaves the session stale, then rebuilt from what is left', async () => {
  const site = await createSite();
  sites.push(site.id);
  // One session across midnight (the site is in UTC): two pageviews on 1 May, two on 2 May.
  const batch = serverBatch({ siteId: site.id, anonId: unique('anon'), clientId: unique('sid') }, [
    { type: 'pageview', path: '/old-a', timestamp: at('2031-05-01T23:30:00'), trusted: true },
    { type: 'pageview', path: '/old-b', timestamp: at('2031-05-01T23:50:00'), trusted: true },
    { type: 'pageview', path: '/new-a', timestamp: at('2031-05-02T00:10:00'), trusted: true },
    { type: 'pageview', path: '/new-b', timestamp: at('2031-05-02T00:20:00'), trusted: true },
  ]);
  await db.$transaction((tx) => writeBatches(tx, [batch]));
  const session = await db.session.findFirstOrThrow({ where: { siteId: site.id } });
  assert.equal(session.pathsStale, true);

  // 20 days after 2 May 12:00: everything before 2 May 00:00 goes.
  const retention = () =>
    runRetention(db, { now: at('2031-05-22T12:00:00'), periods: { anonymiseAfterDays: 10, deleteAfterDays: 20 }, siteIds: [site.id] });
  let deleted = 0;
  await refreshSessionPaths(db, provider, site.id, {
    afterRead: async () => {
      deleted += (await retention()).eventsDeleted;
    },
  });
  assert.equal(deleted, 2);
  const path = await db.sessionPath.findUnique({ where: { sessionId: session.id } });
  const now = await db.session.findUniqueOrThrow({ where: { id: session.id } });
  // Either still stale (read raw), or summarised from the events that are left: never a summary of deleted events.
  assert.ok(now.pathsStale || (path?.entryPath === '/new-a' && path.pageCount === 2), 'a summary of deleted events was kept');
  assert.equal(now.pathsStale, true);

  await refreshSessionPaths(db, provider, site.id);
  const rebuilt = await db.sessionPath.findUniqueOrThrow({ where: { sessionId: session.id } });
  assert.deepEqual([rebuilt.entryPath, rebuilt.exitPath, rebuilt.pageCount], ['/new-a', '/new-b', 2]);
  assert.equal((await db.session.findUniqueOrThrow({ where: { id: session.id } })).pathsStale, false);
});
