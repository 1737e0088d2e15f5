// Claimed and verified identity through POST /api/collect and /api/events: a uid without a valid
// token is stored but never linked, and never reaches the risk model or a person's activity.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST as COLLECT } from '@/app/api/collect/route';
import { POST as EVENTS } from '@/app/api/events/route';
import { activity } from '@/lib/learning/summaries';
import { listSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { RISK_MODEL } from '@/lib/risk/config';
import { loadRiskMetrics } from '@/lib/risk/metrics';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { mintIdentityToken } from './identity-token';
import { batchFor, cleanup, collectRequest, createSite, createUser } from './int-fixtures';

const sites: string[] = [];
const users: string[] = [];
let site: Awaited<ReturnType<typeof createSite>>;
let secret: string;

before(async () => {
  site = await createSite();
  sites.push(site.id);
  ({ secret } = await rotateSiteSecret(site.id));
});
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

async function learner() {
  const user = await createUser();
  users.push(user.id);
  return user as typeof user & { externalId: string };
}

/** A 30-minute visit, as the forging request in issue 11 sent it. */
function longVisit(siteKey: string, extra: Record<string, unknown>) {
  const now = Date.now();
  return batchFor(
    siteKey,
    [
      { type: 'pageview', ts: now - 30 * 60_000, url: 'https://school.test/quests' },
      { type: 'pageview', ts: now - 1000, url: 'https://school.test/badges', ms: 30 * 60_000 },
    ],
    extra,
  );
}

async function send(batch: ReturnType<typeof longVisit>) {
  const response = await COLLECT(collectRequest(batch));
  assert.equal(response.status, 200);
  return db.session.findUniqueOrThrow({
    where: { siteId_clientId: { siteId: batch.site === site.key ? site.id : batch.site, clientId: batch.sid } },
    include: { events: true, visitor: true },
  });
}

async function personSees(userId: string) {
  const metrics = (await loadRiskMetrics(db, [{ id: userId, createdAt: new Date(0) }], new Date(), RISK_MODEL)).get(userId)!;
  const seen = await activity(userId);
  return { lastActiveAt: metrics.lastActiveAt, riskSessions: metrics.sessions, sessions: seen.sessions };
}

test('a uid without a token is stored as a claim: no user on the session, visitor or events, invisible to risk and activity', async () => {
  const user = await learner();
  const session = await send(longVisit(site.key, { uid: user.externalId }));
  assert.equal(session.events.length, 2);
  assert.deepEqual([session.userId, session.visitor.userId, session.identity, session.unverifiedEvents], [null, null, 'claimed', 2]);
  assert.ok(session.events.every((event) => event.userId === null));
  assert.deepEqual(await personSees(user.id), { lastActiveAt: null, riskSessions: 0, sessions: 0 });
});

test('a session holding a user id but no linked identity (imports, older code) is invisible to risk and activity', async () => {
  const user = await learner();
  const visitor = await db.visitor.create({
    data: { siteId: site.id, anonId: `odd-${user.id}`, firstSeen: new Date(), lastSeen: new Date() },
  });
  const start = new Date(Date.now() - 3_600_000);
  for (const identity of [null, 'claimed'])
    await db.session.create({
      data: {
        siteId: site.id,
        clientId: `odd-${identity}-${user.id}`,
        visitorId: visitor.id,
        userId: user.id,
        identity,
        startedAt: start,
        lastSeenAt: new Date(),
        durationMs: 3_600_000,
      },
    });
  assert.deepEqual(await personSees(user.id), { lastActiveAt: null, riskSessions: 0, sessions: 0 });
});

test('a forged, expired or other-uid token is a claim too', async () => {
  const user = await learner();
  const other = await learner();
  const expired = mintIdentityToken(secret, user.externalId, { ttlSeconds: -10 });
  for (const uidToken of [
    expired,
    mintIdentityToken(secret, other.externalId),
    mintIdentityToken('pw_sk_guess', user.externalId),
    'junk',
  ]) {
    const session = await send(longVisit(site.key, { uid: user.externalId, uidToken }));
    assert.deepEqual([session.userId, session.identity], [null, 'claimed'], uidToken);
  }
  assert.deepEqual(await personSees(user.id), { lastActiveAt: null, riskSessions: 0, sessions: 0 });
});

test('a token the site secret signed links the visit, and the risk model sees it', async () => {
  const user = await learner();
  const session = await send(longVisit(site.key, { uid: user.externalId, uidToken: mintIdentityToken(secret, user.externalId) }));
  assert.deepEqual([session.userId, session.visitor.userId, session.identity, session.unverifiedEvents], [user.id, user.id, 'verified', 0]);
  assert.ok(session.events.every((event) => event.userId === user.id));
  const seen = await personSees(user.id);
  assert.equal(seen.riskSessions, 1);
  assert.equal(seen.sessions, 1);
});

test('rotating the secret retires the tokens it signed', async () => {
  const user = await learner();
  const old = mintIdentityToken(secret, user.externalId);
  ({ secret } = await rotateSiteSecret(site.id));
  const stale = await send(longVisit(site.key, { uid: user.externalId, uidToken: old }));
  assert.deepEqual([stale.userId, stale.identity], [null, 'claimed']);
  const fresh = await send(longVisit(site.key, { uid: user.externalId, uidToken: mintIdentityToken(secret, user.externalId) }));
  assert.deepEqual([fresh.userId, fresh.identity], [user.id, 'verified']);
});

test('a site that trusts browser identity links unsigned uids as "trusted" and still counts them as unverified', async () => {
  const open = await createSite({ trustBrowserIdentity: true });
  sites.push(open.id);
  const user = await learner();
  const batch = longVisit(open.key, { uid: user.externalId });
  assert.equal((await COLLECT(collectRequest(batch))).status, 200);
  const session = await db.session.findUniqueOrThrow({ where: { siteId_clientId: { siteId: open.id, clientId: batch.sid } } });
  assert.deepEqual([session.userId, session.identity, session.unverifiedEvents], [user.id, 'trusted', 2]);
  assert.equal((await personSees(user.id)).riskSessions, 1);
});

test('server batches are verified; a verified batch upgrades a claimed session; Admin → Sites counts the claims', async () => {
  const user = await learner();
  const response = await EVENTS(
    new Request('http://pathwise.test/api/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ site: site.key, uid: user.externalId, events: [{ type: 'custom', name: 'login_success', ts: Date.now() }] }),
    }),
  );
  assert.equal(response.status, 200);
  const server = await db.session.findFirstOrThrow({ where: { siteId: site.id, userId: user.id } });
  assert.equal(server.identity, 'verified');

  const claimed = longVisit(site.key, { uid: user.externalId });
  await send(claimed);
  const upgraded = await send({ ...claimed, uidToken: mintIdentityToken(secret, user.externalId) } as typeof claimed);
  assert.deepEqual([upgraded.userId, upgraded.identity, upgraded.unverifiedEvents], [user.id, 'verified', 2]);
  // The two claimed events stay unlinked: only what arrived with the token belongs to the user.
  assert.equal(upgraded.events.filter((event) => event.userId === null).length, 2);

  const admin = await db.user.create({ data: { email: `admin-${site.key}@pathwise.test`, name: 'Admin', role: 'ADMIN' } });
  users.push(admin.id);
  const row = (await listSiteCollectionSettings(admin)).find((candidate) => candidate.id === site.id)!;
  const expected = await db.session.aggregate({
    where: { siteId: site.id, unverifiedEvents: { gt: 0 } },
    _sum: { unverifiedEvents: true },
    _count: { _all: true },
  });
  assert.ok(row.unverifiedClaims.events >= 2 + 2 * 4 + 2);
  assert.deepEqual(row.unverifiedClaims, { events: expected._sum.unverifiedEvents, sessions: expected._count._all });
});
