// Inputs that used to reach a 500 on one provider: NUL characters (PostgreSQL cannot store them in
// text or JSON) and timestamps beyond what a Date can hold. Both must end in a 2xx or a 4xx.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { GET, POST } from '@/app/api/collect/route';
import { POST as SERVER_POST } from '@/app/api/events/route';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { ingestQueue } from './queue';
import { batchFor, cleanup, collectRequest, createSite, createUser, eventCount } from './int-fixtures';

let site: Awaited<ReturnType<typeof createSite>>;
let secret: string;
const users: string[] = [];

before(async () => {
  site = await createSite();
  secret = (await rotateSiteSecret(site.id)).secret;
});
after(async () => {
  await cleanup([site.id], users);
  await db.$disconnect();
});

const serverRequest = (body: unknown) =>
  new Request('http://pathwise.test/api/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, 'user-agent': 'platform-backend/1.0' },
    body: JSON.stringify(body),
  });

const nulEvent = (tag: string) => ({
  type: 'custom',
  ts: Date.now(),
  name: `nul\u0000${tag}`,
  url: 'https://school.test/q\u0000uest',
  title: 'Ti\u0000tle',
  ref: 'https://search.test/\u0000',
  el: { id: 'i\u0000d', cls: 'c\u0000', tag: 'b\u0000utton', text: 'Go\u0000' },
  props: { 'ke\u0000y': 'va\u0000lue', plain: 'x\u0000' },
});

async function storedStringsOf(name: string) {
  const event = await db.event.findFirstOrThrow({ where: { siteId: site.id, name } });
  return JSON.stringify(event);
}

test('NUL characters in every browser string are stripped and the batch is stored', async () => {
  const response = await POST(collectRequest(batchFor(`${site.key}\u0000`, [nulEvent('browser')], { lang: 'en\u0000-GB' })));
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { stored: 1 });
  const stored = await storedStringsOf('nulbrowser');
  assert.doesNotMatch(stored, /\\u0000/);
  assert.match(stored, /"title":"Title"/);
  assert.match(stored, /"key":"value"/);
});

test('NUL characters in server batches (name, props, uid) are stripped', async () => {
  const user = await createUser();
  users.push(user.id);
  const response = await SERVER_POST(serverRequest({ site: site.key, uid: `${user.externalId}\u0000`, events: [nulEvent('server')] }));
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { stored: 1, userResolved: true });
  assert.doesNotMatch(await storedStringsOf('nulserver'), /\\u0000/);
});

test('NUL characters in the pixel query are stripped', async () => {
  const title = `Pixel\u0000page-${Date.now()}`;
  const url = `http://pathwise.test/api/collect?site=${site.key}&title=${encodeURIComponent(title)}&url=${encodeURIComponent('https://school.test/\u0000p')}`;
  const response = await GET(
    new Request(url, { headers: { referer: 'https://school.test/p', 'user-agent': 'Mozilla/5.0 Firefox/128.0' } }),
  );
  assert.equal(response.status, 200);
  const event = await db.event.findFirstOrThrow({ where: { siteId: site.id, title: title.replace('\u0000', '') } });
  assert.equal(event.url, 'https://school.test/p');
});

test('a prop key that is only NUL is refused with 400, storing nothing', async () => {
  const before = await eventCount(site.id);
  const response = await POST(collectRequest(batchFor(site.key, [{ type: 'custom', ts: Date.now(), name: 'k', props: { '\u0000': 1 } }])));
  assert.equal(response.status, 400);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'invalid_request');
  assert.equal(await eventCount(site.id), before);
});

test('NUL-laden requests arriving together still share one group commit', async () => {
  const queue = ingestQueue();
  const commitsBefore = queue.commits;
  const countBefore = await eventCount(site.id);
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => POST(collectRequest(batchFor(site.key, [nulEvent(`group-${i}`)], { lang: '\u0000' })))),
  );
  assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
  assert.equal(await eventCount(site.id), countBefore + 20);
  const commits = queue.commits - commitsBefore;
  // A failed group falls back to one transaction per member, which would count 20 or more.
  assert.ok(commits < 20, `20 requests took ${commits} transactions`);
});

for (const [name, events, extra] of [
  ['server event ts far in the future', [{ type: 'custom', name: 'x', ts: 9_000_000_000_000_000 }], {}],
  ['server event ts beyond 2100', [{ type: 'custom', name: 'x', ts: Date.UTC(2100, 0, 2) }], {}],
  ['negative ts', [{ type: 'custom', name: 'x', ts: -1 }], {}],
  ['unbounded prop number', [{ type: 'custom', name: 'x', ts: Date.now(), props: { n: 1e300 } }], {}],
  ['sent far in the future', [{ type: 'custom', name: 'x', ts: Date.now() }], { sent: 9_000_000_000_000_000 }],
] as const) {
  test(`${name} → 400 on both endpoints, nothing stored`, async () => {
    const before = await eventCount(site.id);
    for (const response of [
      await SERVER_POST(serverRequest({ site: site.key, events, ...extra })),
      await POST(collectRequest(batchFor(site.key, [...events], extra))),
    ]) {
      assert.equal(response.status, 400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'invalid_request');
      assert.ok(body.error.message.length > 0);
    }
    assert.equal(await eventCount(site.id), before);
  });
}

test('a server ts inside the Date range but outside the window is a 400 invalid_timestamp', async () => {
  const response = await SERVER_POST(serverRequest({ site: site.key, events: [{ type: 'custom', name: 'x', ts: Date.UTC(2099, 0, 1) }] }));
  assert.equal(response.status, 400);
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'invalid_timestamp');
  assert.match(body.error.message, /2099-01-01/);
});
