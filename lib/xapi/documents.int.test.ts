// The document resources against a real database: ETags, JSON merge on POST, the concurrency
// rules (412 on a stale If-Match or an If-None-Match: * over an existing document, 409 for a PUT
// over an existing profile without either), listing by since, and deletes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import * as state from '@/app/xapi/activities/state/route';
import * as activityProfile from '@/app/xapi/activities/profile/route';
import * as agentProfile from '@/app/xapi/agents/profile/route';
import { agent, createLrs, dropLrs, xapiRequest, type Lrs } from './int-fixtures';

let lrs: Lrs;
before(async () => {
  lrs = await createLrs();
});
after(async () => {
  await dropLrs(lrs);
  await db.$disconnect();
});

const activityId = encodeURIComponent('https://lms.example.edu/scorm/7');
const who = encodeURIComponent(JSON.stringify(agent('doc-owner')));
const statePath = (id = 'bookmark') => `activities/state?activityId=${activityId}&agent=${who}&stateId=${id}`;

async function send(
  handler: (r: Request) => Promise<Response>,
  path: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
  version = '1.0.3',
) {
  return handler(xapiRequest(lrs, path, { method, body, headers, version }));
}

test('state: PUT, GET with ETag, POST merges JSON, DELETE', async () => {
  assert.equal((await send(state.PUT, statePath(), 'PUT', { page: 3 })).status, 204);
  const first = await send(state.GET, statePath(), 'GET');
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag');
  assert.match(etag ?? '', /^"[0-9a-f]{40}"$/);
  assert.deepEqual(await first.json(), { page: 3 });
  assert.equal((await send(state.POST, statePath(), 'POST', { score: 80 })).status, 204);
  const merged = await send(state.GET, statePath(), 'GET');
  assert.deepEqual(await merged.json(), { page: 3, score: 80 });
  assert.notEqual(merged.headers.get('etag'), etag);
  const ids = await send(state.GET, `activities/state?activityId=${activityId}&agent=${who}`, 'GET');
  assert.deepEqual(await ids.json(), ['bookmark']);
  assert.equal((await send(state.DELETE, statePath(), 'DELETE')).status, 204);
  assert.equal((await send(state.GET, statePath(), 'GET')).status, 404);
});

test('a POST that cannot merge (stored text, or a JSON array) is a 400 and changes nothing', async () => {
  const path = statePath('raw');
  assert.equal(
    (
      await state.PUT(
        new Request(`http://pathwise.test/xapi/${path}`, {
          method: 'PUT',
          headers: { authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'content-type': 'text/plain' },
          body: 'plain',
        }),
      )
    ).status,
    204,
  );
  assert.equal((await send(state.POST, path, 'POST', { a: 1 })).status, 400);
  assert.equal(await (await send(state.GET, path, 'GET')).text(), 'plain');
  assert.equal((await send(state.POST, statePath('array'), 'POST', [1, 2])).status, 400);
});

test('concurrency: a stale If-Match → 412, If-None-Match: * over a document → 412, a bare PUT over a profile → 409', async () => {
  const path = `activities/profile?activityId=${activityId}&profileId=settings`;
  assert.equal((await send(activityProfile.PUT, path, 'PUT', { v: 1 }, { 'If-None-Match': '*' })).status, 204);
  const etag = (await send(activityProfile.GET, path, 'GET')).headers.get('etag') as string;
  assert.equal((await send(activityProfile.PUT, path, 'PUT', { v: 2 }, { 'If-Match': etag })).status, 204);
  const stale = await send(activityProfile.PUT, path, 'PUT', { v: 3 }, { 'If-Match': etag });
  assert.equal(stale.status, 412);
  assert.equal((await send(activityProfile.PUT, path, 'PUT', { v: 3 }, { 'If-None-Match': '*' })).status, 412);
  assert.equal((await send(activityProfile.PUT, path, 'PUT', { v: 3 })).status, 409);
  assert.equal((await send(activityProfile.DELETE, path, 'DELETE', undefined, { 'If-Match': etag })).status, 412);
  assert.deepEqual(await (await send(activityProfile.GET, path, 'GET')).json(), { v: 2 });
});

test('on 2.0.0 a bare PUT over an existing state document is a 409 too', async () => {
  const path = statePath('v2');
  assert.equal((await send(state.PUT, path, 'PUT', { a: 1 }, {}, '2.0.0')).status, 204);
  assert.equal((await send(state.PUT, path, 'PUT', { a: 2 }, {}, '2.0.0')).status, 409);
  assert.equal((await send(state.PUT, path, 'PUT', { a: 2 }, {}, '1.0.3')).status, 204);
});

test('agent profiles are per agent; since lists only newer documents; bad parameters are 400s', async () => {
  const base = `agents/profile?agent=${who}`;
  await send(agentProfile.PUT, `${base}&profileId=old`, 'PUT', { a: 1 }, { 'If-None-Match': '*' });
  const cut = new Date();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await send(agentProfile.PUT, `${base}&profileId=new`, 'PUT', { a: 2 }, { 'If-None-Match': '*' });
  const since = await send(agentProfile.GET, `${base}&since=${encodeURIComponent(cut.toISOString())}`, 'GET');
  assert.deepEqual(await since.json(), ['new']);
  const stranger = encodeURIComponent(JSON.stringify(agent('stranger')));
  assert.deepEqual(await (await send(agentProfile.GET, `agents/profile?agent=${stranger}`, 'GET')).json(), []);
  assert.equal((await send(agentProfile.GET, 'agents/profile?agent=nope', 'GET')).status, 400);
  assert.equal((await send(agentProfile.GET, `${base}&activityId=${activityId}`, 'GET')).status, 400);
  assert.equal((await send(state.GET, `activities/state?agent=${who}`, 'GET')).status, 400);
});
