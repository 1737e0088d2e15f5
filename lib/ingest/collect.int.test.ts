// POST /api/collect with valid batches (enrichment, redaction, sessions), the pixel, CORS and config.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { GET, OPTIONS, POST } from '@/app/api/collect/route';
import { GET as CONFIG } from '@/app/api/collect/config/route';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { mintIdentityToken } from './identity-token';
import { batchFor, cleanup, collectRequest, createSite, createUser, unique } from './int-fixtures';

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

const pageview = (extra: Record<string, unknown> = {}) => ({
  type: 'pageview',
  ts: Date.now(),
  url: 'https://school.test/quests',
  title: 'Quests',
  ...extra,
});

describe('a valid batch', () => {
  test('is stored with enrichment, redaction and sessions', async () => {
    const user = await createUser();
    users.push(user.id);
    const now = Date.now();
    const batch = batchFor(
      site.key,
      [
        pageview({
          ts: now - 5000,
          url: 'https://school.test/quests?utm_source=newsletter&utm_medium=email&token=abc123',
          ref: 'https://www.google.com/',
          ms: 420,
        }),
        {
          type: 'click',
          ts: now - 4000,
          url: 'https://school.test/quests',
          x: 120,
          y: 640,
          name: 'start-quest',
          el: { id: 'go', cls: 'btn primary', tag: 'BUTTON', text: '  Mail   jane@school.test\n now ' },
        },
        { type: 'scroll', ts: now - 3000, url: 'https://school.test/quests', depth: 50 },
        {
          type: 'custom',
          ts: now - 2000,
          url: 'https://school.test/quests',
          name: 'quest_completed',
          props: { questId: 'q-1', password: 'hunter2', note: 'card 4111 1111 1111 1111' },
        },
        pageview({ ts: now - 1000, url: 'https://school.test/badges', title: 'Badges' }),
      ],
      { uid: user.externalId, uidToken: mintIdentityToken(secret, user.externalId!) },
    );
    const response = await POST(collectRequest(batch, { ip: '203.0.113.77' }));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { stored: 5 });

    const session = await db.session.findUniqueOrThrow({
      where: { siteId_clientId: { siteId: site.id, clientId: batch.sid } },
      include: { events: { orderBy: { timestamp: 'asc' } }, visitor: true },
    });
    assert.equal(session.channel, 'Email');
    assert.equal(session.utmSource, 'newsletter');
    assert.equal(session.referrerDomain, 'google.com');
    assert.equal(session.browser, 'Chrome');
    assert.equal(session.os, 'Linux');
    assert.equal(session.device, 'desktop');
    assert.equal(session.language, 'en-GB');
    assert.equal(session.screen, '1440x900');
    assert.equal(session.entryPath, '/quests');
    assert.equal(session.exitPath, '/badges');
    assert.equal(session.pageviews, 2);
    assert.equal(session.eventCount, 5);
    assert.equal(session.bounce, false);
    assert.ok(session.durationMs >= 3900 && session.durationMs <= 4100);
    assert.equal(session.userId, user.id);
    assert.equal(session.identity, 'verified');
    assert.equal(session.visitor.anonId, batch.anon);
    assert.equal(session.visitor.userId, user.id);

    const [view, click, scroll, custom] = session.events;
    assert.equal(view?.ip, '203.0.113.0');
    assert.equal(view?.url, 'https://school.test/quests?utm_source=newsletter&utm_medium=email&token=[redacted]');
    assert.equal(view?.path, '/quests');
    assert.equal(view?.durationMs, 420);
    assert.equal(view?.category, 'navigation');
    assert.equal(view?.source, 'BROWSER');
    assert.equal(click?.elementText, 'Mail [email] now');
    assert.equal(click?.elementTag, 'button');
    assert.equal(click?.name, 'start-quest');
    assert.deepEqual([click?.x, click?.y], [120, 640]);
    assert.equal(scroll?.scrollDepth, 50);
    assert.equal(custom?.category, 'quest');
    assert.equal(custom?.trusted, false, 'browser learning events are untrusted by default');
    assert.deepEqual(custom?.props, { questId: 'q-1', password: '[redacted]', note: 'card [card]' });
    for (const event of session.events) {
      assert.equal(event.userId, user.id);
      assert.ok(!JSON.stringify(event).includes('203.0.113.77'));
    }
  });

  test('cards and addresses are redacted wherever a page can put them (issue 11)', async () => {
    const email = 'jane.doe@school.example';
    const batch = batchFor(
      site.key,
      [
        {
          type: 'click',
          ts: Date.now(),
          url: 'https://school.test/checkout',
          title: 'card 4111.1111.1111.1111',
          el: { tag: email, id: `id ${email}`, cls: 'cc 5555 5555 5555 4444', text: 'Pay' },
          props: { amount: 4111111111111111, [email]: 'key', plain: 42 },
        },
      ],
      { lang: email },
    );
    assert.equal((await POST(collectRequest(batch))).status, 200);
    const session = await db.session.findUniqueOrThrow({
      where: { siteId_clientId: { siteId: site.id, clientId: batch.sid } },
      include: { events: true },
    });
    const [event] = session.events;
    assert.equal(session.language, '[email]');
    assert.deepEqual(
      [event?.title, event?.elementTag, event?.elementId, event?.elementClasses],
      ['card [card]', '[email]', 'id [email]', 'cc [card]'],
    );
    assert.deepEqual(event?.props, { amount: '[card]', '[email]': 'key', plain: 42 });
  });

  test('captureText=false and captureMouse=false are enforced on the server', async () => {
    const quiet = await createSite({ captureText: false, captureMouse: false, trustBrowserLearningEvents: true });
    sites.push(quiet.id);
    const now = Date.now();
    const response = await POST(
      collectRequest(
        batchFor(quiet.key, [
          { type: 'click', ts: now, el: { tag: 'a', text: 'secret text' } },
          { type: 'mouse_activity', ts: now, props: { moves: 10 } },
          { type: 'custom', ts: now, name: 'task_completed' },
        ]),
      ),
    );
    assert.deepEqual(await response.json(), { stored: 2 });
    const events = await db.event.findMany({ where: { siteId: quiet.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      events.map((e) => e.type),
      ['click', 'custom'],
    );
    assert.equal(events[0]?.elementText, null);
    assert.equal(events[1]?.trusted, true, 'trusted when the site trusts browser learning events');
  });

  test('a session id seen again after 30 minutes starts a new session', async () => {
    const now = Date.now();
    const batch = batchFor(site.key, [pageview({ ts: now - 40 * 60_000 })]);
    assert.equal((await POST(collectRequest(batch))).status, 200);
    const later = { ...batch, sent: now, events: [pageview({ ts: now, url: 'https://school.test/later' })] };
    assert.equal((await POST(collectRequest(later))).status, 200);
    const sessions = await db.session.findMany({
      where: { siteId: site.id, clientId: { startsWith: batch.sid } },
      orderBy: { startedAt: 'asc' },
    });
    assert.equal(sessions.length, 2);
    assert.notEqual(sessions[0]?.clientId, batch.sid);
    assert.equal(sessions[1]?.clientId, batch.sid);
    assert.equal(sessions[1]?.entryPath, '/later');
    assert.equal(sessions[0]?.visitorId, sessions[1]?.visitorId);
  });

  test('client clock skew is corrected from the batch send time', async () => {
    const skew = 3 * 3600_000; // the client clock runs three hours fast
    const now = Date.now();
    const batch = batchFor(site.key, [pageview({ ts: now + skew - 2000 })], { sent: now + skew });
    await POST(collectRequest(batch));
    const event = await db.event.findFirstOrThrow({ where: { siteId: site.id, session: { clientId: batch.sid } } });
    assert.ok(Math.abs(event.timestamp.getTime() - (now - 2000)) < 5000);
  });
});

describe('protocol', () => {
  test('CORS preflight', async () => {
    const response = OPTIONS();
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
  });

  test('the pixel records a pageview without JavaScript', async () => {
    const response = await GET(
      new Request(
        `http://pathwise.test/api/collect?site=${site.key}&url=${encodeURIComponent('https://school.test/noscript?email=a@b.co')}`,
        {
          headers: {
            referer: 'https://school.test/noscript',
            'user-agent': 'Mozilla/5.0 Firefox/128.0',
            'x-pathwise-socket-address': '192.0.2.44',
          },
        },
      ),
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/gif');
    const event = await db.event.findFirstOrThrow({ where: { siteId: site.id, source: 'PIXEL' } });
    assert.equal(event.type, 'pageview');
    assert.equal(event.url, 'https://school.test/noscript?email=[email]');
    assert.equal(event.ip, '192.0.2.0');
  });

  test('the SDK config endpoint', async () => {
    const response = await CONFIG(new Request(`http://pathwise.test/api/collect/config?site=${site.key}`));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { respectDnt: true, requireConsent: false, captureText: true, captureMouse: true });
    assert.match(response.headers.get('cache-control') ?? '', /max-age/);
    const missing = await CONFIG(new Request(`http://pathwise.test/api/collect/config?site=${unique('nope')}`));
    assert.equal(missing.status, 404);
  });
});
