import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST } from '@/app/api/events/route';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { cleanup, createSite, createUser, eventCount, unique } from './int-fixtures';

let site: Awaited<ReturnType<typeof createSite>>;
let secret: string;
const sites: string[] = [];
const users: string[] = [];

before(async () => {
  site = await createSite();
  sites.push(site.id);
  secret = (await rotateSiteSecret(site.id)).secret;
});
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

function serverRequest(body: unknown, authorization?: string): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'platform-backend/1.0' };
  if (authorization) headers.authorization = authorization;
  return new Request('http://pathwise.test/api/events', { method: 'POST', headers, body: JSON.stringify(body) });
}

const batch = (events: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({ site: site.key, events, ...extra });
const completed = (ts = Date.now()) => ({ type: 'custom', name: 'quest_completed', ts, props: { questId: 'q-7' } });

for (const [name, auth, message] of [
  ['missing key', undefined, /Authorization/],
  ['wrong key', 'Bearer pw_sk_definitely-not-the-secret', /Unknown or rotated/],
  ['the public key', 'PUBLIC', /public key/],
  ['not a bearer token', 'Basic dXNlcjpwYXNz', /Authorization/],
] as const) {
  test(`${name} → 401 and nothing stored`, async () => {
    const before = await eventCount();
    const response = await POST(serverRequest(batch([completed()]), auth === 'PUBLIC' ? `Bearer ${site.key}` : auth));
    assert.equal(response.status, 401);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'unauthorized');
    assert.match(body.error.message, message);
    assert.equal(await eventCount(), before);
  });
}

test('the right key stores trusted events with their own timestamps and the resolved user', async () => {
  const user = await createUser();
  users.push(user.id);
  const twoDaysAgo = Date.now() - 2 * 24 * 3600_000;
  const response = await POST(
    serverRequest(
      batch([completed(twoDaysAgo), { type: 'custom', name: 'badge_earned', ts: twoDaysAgo + 1000 }], { uid: user.externalId }),
      `Bearer ${secret}`,
    ),
  );
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { stored: 2, userResolved: true });
  const events = await db.event.findMany({
    where: { siteId: site.id, userId: user.id },
    orderBy: { timestamp: 'asc' },
    include: { session: true },
  });
  assert.equal(events.length, 2);
  assert.equal(events[0]?.timestamp.getTime(), twoDaysAgo);
  assert.ok(events.every((e) => e.trusted && e.source === 'SERVER' && e.ip === null));
  assert.equal(events[0]?.category, 'quest');
  assert.equal(events[1]?.category, 'badge');
  assert.equal(events[0]?.session.userId, user.id);
});

test('an unknown platform user is stored unlinked and reported', async () => {
  const response = await POST(serverRequest(batch([completed()], { uid: unique('ghost') }), `Bearer ${secret}`));
  assert.deepEqual(await response.json(), { stored: 1, userResolved: false });
});

test('timestamps outside the window refuse the whole batch', async () => {
  for (const ts of [Date.now() - 8 * 24 * 3600_000, Date.now() + 10 * 60_000]) {
    const before = await eventCount(site.id);
    const response = await POST(serverRequest(batch([completed(), completed(ts)]), `Bearer ${secret}`));
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'invalid_timestamp');
    assert.match(body.error.message, /events\.1\.ts/);
    assert.equal(await eventCount(site.id), before);
  }
});

test("a batch for another site's key → 403", async () => {
  const other = await createSite();
  sites.push(other.id);
  const response = await POST(serverRequest({ site: other.key, events: [completed()] }, `Bearer ${secret}`));
  assert.equal(response.status, 403);
});

test('rotation: the old secret stops working, the new one works', async () => {
  const rotated = await rotateSiteSecret(site.id);
  assert.notEqual(rotated.secret, secret);
  assert.match(rotated.hint, /^pw_sk_…/);
  const stored = await db.site.findUniqueOrThrow({ where: { id: site.id } });
  assert.ok(stored.secretHash && !stored.secretHash.includes(rotated.secret) && stored.secretHash.length === 64);
  assert.equal((await POST(serverRequest(batch([completed()]), `Bearer ${secret}`))).status, 401);
  assert.equal((await POST(serverRequest(batch([completed()]), `Bearer ${rotated.secret}`))).status, 200);
  secret = rotated.secret;
});

test('a trusted quest completion updates the enrolment and XP in the same write, once', async () => {
  const user = await createUser();
  users.push(user.id);
  const quest = await db.course.create({ data: { slug: unique('it-quest'), title: 'Fractions quest', kind: 'QUEST', xp: 40 } });
  try {
    const done = { type: 'custom', name: 'quest_completed', ts: Date.now(), props: { questId: quest.slug } };
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await POST(serverRequest(batch([done], { uid: user.externalId }), `Bearer ${secret}`));
      assert.equal(response.status, 200);
    }
    const enrolment = await db.enrollment.findUnique({ where: { userId_courseId: { userId: user.id, courseId: quest.id } } });
    assert.equal(enrolment?.status, 'COMPLETED');
    assert.equal(enrolment?.progress, 1);
    const xp = await db.xpEntry.findMany({ where: { userId: user.id } });
    assert.deepEqual(
      xp.map((entry) => [entry.amount, entry.reason]),
      [[40, `quest_completed:${quest.slug}`]],
    );
  } finally {
    await db.course.delete({ where: { id: quest.id } });
  }
});
