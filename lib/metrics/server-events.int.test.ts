// /metrics for the server API: accepted events and refusals by reason, counted from the answers
// the route gave (the same registry GET /metrics prints).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { POST } from '@/app/api/events/route';
import { cleanup, createSite } from '@/lib/ingest/int-fixtures';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { metrics } from './registry';

let site: Awaited<ReturnType<typeof createSite>>;
let secret: string;

before(async () => {
  site = await createSite();
  secret = (await rotateSiteSecret(site.id)).secret;
});
after(async () => {
  await cleanup([site.id], []);
  await db.$disconnect();
});

const post = (body: string, authorization?: string) =>
  POST(
    new Request('http://pathwise.test/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body,
    }),
  );

async function refused(reason: string): Promise<number> {
  const { values } = await metrics().serverEventsRefused.get();
  return values.find((value) => value.labels.reason === reason)?.value ?? 0;
}

const accepted = async () => (await metrics().serverEventsAccepted.get()).values[0]?.value ?? 0;

test('refusals on /api/events are counted by their error code, accepted events by number', async () => {
  const start = { unauthorized: await refused('unauthorized'), invalid: await refused('invalid_json'), accepted: await accepted() };
  const batch = JSON.stringify({
    site: site.key,
    events: [
      { type: 'custom', name: 'x', ts: Date.now() },
      { type: 'pageview', ts: Date.now() },
    ],
  });

  assert.equal((await post(batch, 'Bearer pw_sk_not-the-secret')).status, 401);
  assert.equal((await post(batch)).status, 401);
  assert.equal((await post('{not json', `Bearer ${secret}`)).status, 400);
  const ok = await post(batch, `Bearer ${secret}`);
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { stored: 2 }, 'the caller still reads the answer the counter read');

  assert.equal((await refused('unauthorized')) - start.unauthorized, 2);
  assert.equal((await refused('invalid_json')) - start.invalid, 1);
  assert.equal((await accepted()) - start.accepted, 2);
  const text = await metrics().registry.metrics();
  assert.match(text, /^pathwise_server_events_refused_total\{reason="unauthorized"\} \d+$/m);
});
