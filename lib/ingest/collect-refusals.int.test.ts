// POST /api/collect: every refusal is a 4xx with { error } and stores nothing; drops are 2xx.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST } from '@/app/api/collect/route';
import { MAX_BODY_BYTES } from '@/lib/schemas/collect';
import { batchFor, cleanup, collectRequest, createSite, eventCount, unique } from './int-fixtures';

const sites: string[] = [];
const users: string[] = [];
let site: Awaited<ReturnType<typeof createSite>>;

before(async () => {
  site = await createSite();
  sites.push(site.id);
});
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}

const pageview = (extra: Record<string, unknown> = {}) => ({
  type: 'pageview',
  ts: Date.now(),
  url: 'https://school.test/quests',
  title: 'Quests',
  ...extra,
});

describe('bad input stores nothing', () => {
  const cases: [string, () => Request, number, string][] = [
    ['invalid JSON', () => collectRequest('{"site": '), 400, 'invalid_json'],
    ['empty body', () => collectRequest(''), 400, 'invalid_json'],
    ['wrong types', () => collectRequest({ ...batchFor(site.key, [pageview({ ts: 'yesterday' })]) }), 400, 'invalid_request'],
    ['unknown event type', () => collectRequest(batchFor(site.key, [pageview({ type: 'keylogger' })])), 400, 'invalid_request'],
    ['unknown field', () => collectRequest(batchFor(site.key, [pageview({ password: 'x' })])), 400, 'invalid_request'],
    ['no events', () => collectRequest(batchFor(site.key, [])), 400, 'invalid_request'],
    ['unknown site', () => collectRequest(batchFor(unique('nope'), [pageview()])), 404, 'unknown_site'],
    [
      'disallowed origin',
      () => collectRequest(batchFor(site.key, [pageview()]), { origin: 'https://evil.test' }),
      403,
      'origin_not_allowed',
    ],
    ['no origin or referer', () => collectRequest(batchFor(site.key, [pageview()]), { origin: null }), 403, 'origin_not_allowed'],
    [
      'declared body over 64 KB',
      () => collectRequest(batchFor(site.key, [pageview()]), { headers: { 'content-length': String(MAX_BODY_BYTES + 1) } }),
      413,
      'payload_too_large',
    ],
  ];
  for (const [name, make, status, code] of cases) {
    test(`${name} → ${status} ${code}`, async () => {
      const before = await eventCount();
      const response = await POST(make());
      assert.equal(response.status, status);
      const error = await errorOf(response);
      assert.equal(error.code, code);
      assert.ok(error.message.length > 5);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(await eventCount(), before);
    });
  }

  test('a body over 64 KB without a truthful Content-Length → 413', async () => {
    const before = await eventCount();
    const big = JSON.stringify(batchFor(site.key, [pageview({ title: 'x'.repeat(400) })])).padEnd(MAX_BODY_BYTES + 10, ' ');
    const chunks = [big.slice(0, 30_000), big.slice(30_000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(new TextEncoder().encode(next));
        else controller.close();
      },
    });
    const request = new Request('http://pathwise.test/api/collect', {
      method: 'POST',
      headers: { origin: 'https://school.test', 'user-agent': 'Mozilla/5.0 Chrome/126.0', 'x-pathwise-socket-address': '192.0.2.10' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const response = await POST(request);
    assert.equal(response.status, 413);
    assert.equal((await errorOf(response)).code, 'payload_too_large');
    assert.equal(await eventCount(), before);
  });

  test('the schema error names the failing field', async () => {
    const response = await POST(collectRequest(batchFor(site.key, [pageview(), { type: 'scroll', ts: Date.now(), depth: 250 }])));
    assert.equal(response.status, 400);
    assert.match((await errorOf(response)).message, /events\.1\.depth/);
  });

  test('one bad event refuses the whole batch', async () => {
    const before = await eventCount(site.id);
    const response = await POST(collectRequest(batchFor(site.key, [pageview(), pageview(), { type: 'custom', ts: Date.now() }])));
    assert.equal(response.status, 400);
    assert.equal(await eventCount(site.id), before);
  });

  test('too many requests from one network → 429 with Retry-After', async () => {
    const previous = process.env.PATHWISE_COLLECT_RATE;
    process.env.PATHWISE_COLLECT_RATE = '1/3';
    try {
      const before = await eventCount();
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        // Different hosts in one /24 share a bucket: the limit is per anonymised address.
        const response = await POST(collectRequest('not json', { ip: `203.0.113.${10 + i}` }));
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          assert.equal((await errorOf(response)).code, 'rate_limited');
        }
      }
      assert.deepEqual(statuses, [400, 400, 400, 429]);
      assert.ok(Number(retryAfter) >= 1);
      assert.equal(await eventCount(), before);
    } finally {
      if (previous === undefined) delete process.env.PATHWISE_COLLECT_RATE;
      else process.env.PATHWISE_COLLECT_RATE = previous;
    }
  });
});

describe('dropped with 2xx', () => {
  test('bots are acknowledged and nothing is stored', async () => {
    const before = await eventCount(site.id);
    const response = await POST(
      collectRequest(batchFor(site.key, [pageview()]), { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
    );
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { stored: 0, dropped: 'bot' });
    assert.equal(await eventCount(site.id), before);
  });

  test('DNT (flag) and GPC (header) on a respecting site', async () => {
    const before = await eventCount(site.id);
    for (const request of [
      collectRequest(batchFor(site.key, [pageview()], { dnt: true })),
      collectRequest(batchFor(site.key, [pageview()]), { headers: { 'sec-gpc': '1' } }),
    ]) {
      const response = await POST(request);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { stored: 0, dropped: 'dnt' });
    }
    assert.equal(await eventCount(site.id), before);
  });

  test('a site that does not respect DNT stores the events', async () => {
    const loose = await createSite({ respectDnt: false });
    sites.push(loose.id);
    const response = await POST(collectRequest(batchFor(loose.key, [pageview()], { dnt: true })));
    assert.deepEqual(await response.json(), { stored: 1 });
  });
});
