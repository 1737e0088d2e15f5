// The lean collector over real HTTP: our server's socket stamping plus handleLean, without Next.
// Same answers as the route (ack after commit, CORS, error shape), and the stored network comes
// from the socket, whatever X-Forwarded-For claims.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { db } from '@/lib/db';
import { batchFor, CHROME_UA, cleanup, createSite } from '@/lib/ingest/int-fixtures';
import { requestListener } from './app-server';

let server: Server;
let base = '';
let site: Awaited<ReturnType<typeof createSite>>;

before(async () => {
  site = await createSite();
  // Next's place is taken by a stub: everything not answered by our server gets 404 'not lean'.
  server = createServer(
    requestListener(async (_request, response) => void response.writeHead(404).end('not lean'), 'http://pathwise.test'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await cleanup([site.id], []);
  await db.$disconnect();
});

const headers = { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://school.test', 'user-agent': CHROME_UA };

test('a batch is acknowledged once stored, and its network is the socket, not X-Forwarded-For', async () => {
  const batch = batchFor(site.key, [{ type: 'pageview', ts: Date.now(), url: 'https://school.test/lean', title: 'Lean' }]);
  const response = await fetch(`${base}/api/collect`, {
    method: 'POST',
    headers: { ...headers, 'x-forwarded-for': '6.6.6.6', 'x-pathwise-socket-address': '7.7.7.7' },
    body: JSON.stringify(batch),
  });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { stored: 1 });
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const stored = await db.event.findFirst({ where: { siteId: site.id, url: 'https://school.test/lean' } });
  assert.equal(stored?.ip, '127.0.0.0');
});

test('refusals keep the error shape; preflight and unknown methods answer as the route does', async () => {
  const bad = await fetch(`${base}/api/collect`, { method: 'POST', headers, body: '{not json' });
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid_json');
  const preflight = await fetch(`${base}/api/collect`, { method: 'OPTIONS', headers: { origin: 'https://school.test' } });
  assert.equal(preflight.status, 204);
  const put = await fetch(`${base}/api/collect`, { method: 'PUT', headers, body: '{}' });
  assert.equal(put.status, 405);
  assert.equal(((await put.json()) as { error: { code: string } }).error.code, 'method_not_allowed');
  assert.equal((await fetch(`${base}/api/other`)).status, 404, 'everything else is left to Next');
});

test('/sdk.js is served with its ETag, or 503 sdk_not_built', async () => {
  const response = await fetch(`${base}/sdk.js`);
  if (response.status === 503) return assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'sdk_not_built');
  assert.equal(response.status, 200);
  const etag = response.headers.get('etag') ?? '';
  assert.ok(etag);
  assert.equal((await fetch(`${base}/sdk.js`, { headers: { 'if-none-match': etag } })).status, 304);
});

test('/metrics needs PATHWISE_METRICS_TOKEN and reflects what was accepted', async () => {
  const before = process.env.PATHWISE_METRICS_TOKEN;
  try {
    delete process.env.PATHWISE_METRICS_TOKEN;
    assert.equal((await fetch(`${base}/metrics`)).status, 404, 'off by default');
    process.env.PATHWISE_METRICS_TOKEN = 'metrics-test-token';
    assert.equal((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-xx' } })).status, 401);
    const read = async () => {
      const text = await (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer metrics-test-token' } })).text();
      return (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    };
    const first = await read();
    const events = Array.from({ length: 7 }, (_, i) => ({ type: 'click', ts: Date.now() - i, url: 'https://school.test/metrics' }));
    const ok = await fetch(`${base}/api/collect`, { method: 'POST', headers, body: JSON.stringify(batchFor(site.key, events)) });
    assert.equal(ok.status, 200);
    await fetch(`${base}/api/collect`, { method: 'POST', headers, body: '{not json' });
    const second = await read();
    assert.equal(second('pathwise_events_accepted_total') - first('pathwise_events_accepted_total'), 7);
    const refused = (get: typeof first) => get('pathwise_collect_refused_total\\{reason="invalid_json"\\}');
    assert.equal(refused(second) - refused(first), 1);
    assert.ok(second('pathwise_ingest_commit_seconds_count') >= 1);
  } finally {
    if (before === undefined) delete process.env.PATHWISE_METRICS_TOKEN;
    else process.env.PATHWISE_METRICS_TOKEN = before;
  }
});
