// The anonymiser on real rows: every field ingest redacts is redacted in old events and sessions
// too (rows written before a rule existed, or by imports), on both providers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { anonymiseEvents, anonymiseSessionsAndVisitors } from './anonymise';
import { cleanup, createEvent, createSession, createSite, createUser, createVisitor, daysBefore } from './int-fixtures';

const sites: string[] = [];
const users: string[] = [];
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

test('old events and sessions lose card numbers and addresses in every text field, prop keys and numbers', async () => {
  const site = await createSite();
  const user = await createUser();
  sites.push(site.id);
  users.push(user.id);
  const now = new Date();
  const old = daysBefore(now, 200);
  const visitor = await createVisitor(site.id, user.id, old, old);
  const session = await createSession(visitor, user.id, old, {
    language: 'jane@school.edu',
    referrer: 'https://x.test/?card=4111.1111.1111.1111',
  });
  const event = await createEvent(session, 'pay 5555 5555 5555 4444', {
    userId: user.id,
    userAgent: 'Mozilla/5.0',
    elementTag: 'x@y.io',
    elementId: 'cc-4111-1111-1111-1111',
    elementClasses: 'btn',
    props: { 'bob@example.com': 4111111111111111, nested: { list: ['ok', 'p@q.com'] } },
  });

  await anonymiseEvents(db, parseDatabaseUrl().provider, [site.id], daysBefore(now, 90), 50);
  await anonymiseSessionsAndVisitors(db, [site.id], daysBefore(now, 90), 50);

  const after = await db.event.findUniqueOrThrow({ where: { id: event.id } });
  assert.deepEqual(
    [after.userId, after.userAgent, after.name, after.elementTag, after.elementId, after.elementClasses],
    [null, null, 'pay [card]', '[email]', 'cc-[card]', 'btn'],
  );
  assert.deepEqual(after.props, { '[email]': '[card]', nested: { list: ['ok', '[email]'] } });
  const stored = await db.session.findUniqueOrThrow({ where: { id: session.id } });
  assert.deepEqual([stored.userId, stored.language, stored.referrer], [null, '[email]', 'https://x.test/?card=[card]']);
});
