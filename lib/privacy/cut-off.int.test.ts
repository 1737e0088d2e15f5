// The retention cut-off is exact to the millisecond on both providers: an event stamped exactly at
// the cut-off is not older than it and keeps its data; one a millisecond earlier is anonymised.
// (On SQLite, dates bound as `…Z` text sort after the stored `…+00:00` form and used to judge the
// event at the cut-off as older than it; lib/sql binds dates exactly as they are stored.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db, dbProvider } from '@/lib/db';
import { anonymiseCandidates } from './event-candidates';
import { cleanup, createEvent, createSession, createSite, createUser, createVisitor } from './int-fixtures';

const CUTOFF = new Date('2026-08-24T12:00:00.000Z');
const sites: string[] = [];
const users: string[] = [];
const ids: Record<string, number> = {};

before(async () => {
  const site = await createSite();
  const user = await createUser();
  sites.push(site.id);
  users.push(user.id);
  const visitor = await createVisitor(site.id, user.id, new Date(CUTOFF.getTime() - 60_000), CUTOFF);
  const session = await createSession(visitor, user.id, new Date(CUTOFF.getTime() - 60_000));
  for (const [name, offset] of [
    ['earlier', -1],
    ['at', 0],
    ['later', 1],
  ] as const) {
    const event = await createEvent(session, name, { userId: user.id, timestamp: new Date(CUTOFF.getTime() + offset) });
    ids[name] = event.id;
  }
});
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

test('an event stamped exactly at the cut-off is kept; a millisecond earlier is a candidate', async () => {
  const found = await anonymiseCandidates(db, dbProvider(), {
    siteIds: sites,
    afterId: 0,
    upToId: ids.later!,
    before: CUTOFF,
    limit: 100,
  });
  assert.deepEqual(found, [ids.earlier]);
});
