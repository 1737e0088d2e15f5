// A real xAPI client, @xapi/xapi from npm, against our LRS over HTTP: it sends statements, queries
// them back (filters, a single statement, voiding) and keeps a State and an Agent Profile document.
// A small node:http server hands each request to the same route handlers Next.js serves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import XAPI from '@xapi/xapi';
import { db } from '@/lib/db';
import * as statements from '@/app/xapi/statements/route';
import * as state from '@/app/xapi/activities/state/route';
import * as agentProfile from '@/app/xapi/agents/profile/route';
import * as about from '@/app/xapi/about/route';
import { mappingIdle } from './hooks';
import { createLrs, dropLrs, type Lrs } from './int-fixtures';

type Handler = (request: Request) => Promise<Response>;
const routes: Record<string, Record<string, Handler | undefined>> = {
  '/xapi/statements': statements as never,
  '/xapi/activities/state': state as never,
  '/xapi/agents/profile': agentProfile as never,
  '/xapi/about': about as never,
};
let lrs: Lrs;
let server: Server;
let client: InstanceType<typeof XAPI>;

before(async () => {
  lrs = await createLrs();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const handler = routes[url.pathname]?.[req.method ?? 'GET'];
        if (!handler) return res.writeHead(404).end();
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
        const response = await handler(new Request(url, { method: req.method, headers, body }));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })().catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new XAPI({ endpoint: `http://127.0.0.1:${port}/xapi/`, auth: lrs.auth, version: '1.0.3' });
});
after(async () => {
  await mappingIdle();
  await new Promise((resolve) => server.close(resolve));
  await db.event.deleteMany({ where: { siteId: lrs.siteId } });
  await db.course.deleteMany({ where: { siteId: lrs.siteId } });
  await dropLrs(lrs);
  await db.$disconnect();
});

const actor = { objectType: 'Agent' as const, name: 'Grace', mbox: `mailto:grace-${randomUUID()}@example.edu` };
const activity = 'https://lms.example.edu/course/xapi-client';

test('@xapi/xapi: about, send one and many, query by agent and by id, void', async () => {
  const version = await client.getAbout();
  assert.ok(version.data.version.includes('1.0.3'));
  const one = await client.sendStatement({
    statement: {
      actor,
      verb: XAPI.Verbs.INITIALIZED,
      object: { objectType: 'Activity', id: activity, definition: { name: { 'en-US': 'Client course' } } },
    },
  });
  assert.equal(one.data.length, 1);
  const many = await client.sendStatements({
    statements: [XAPI.Verbs.PROGRESSED, XAPI.Verbs.COMPLETED].map((verb) => ({
      actor,
      verb,
      object: { objectType: 'Activity' as const, id: activity },
    })),
  });
  assert.equal(many.data.length, 2);
  const mine = await client.getStatements({ agent: actor, activity });
  assert.deepEqual(new Set(mine.data.statements.map((s) => s.id)), new Set([...one.data, ...many.data]));
  const single = await client.getStatement({ statementId: one.data[0] as string });
  assert.equal(single.data.verb.id, XAPI.Verbs.INITIALIZED.id);
  await client.voidStatement({ actor, statementId: many.data[1] as string });
  const voided = await client.getVoidedStatement({ voidedStatementId: many.data[1] as string });
  assert.equal(voided.data.id, many.data[1]);
  const after = await client.getStatements({ agent: actor, activity });
  assert.ok(!after.data.statements.some((s) => s.id === many.data[1]), 'a voided statement is no longer listed');
});

test('@xapi/xapi: a State document round-trips, is listed and deleted; an Agent Profile round-trips', async () => {
  await client.setState({ agent: actor, activityId: activity, stateId: 'bookmark', state: { page: 7 } });
  const saved = await client.getState({ agent: actor, activityId: activity, stateId: 'bookmark' });
  assert.deepEqual(saved.data, { page: 7 });
  const states = await client.getStates({ agent: actor, activityId: activity });
  assert.deepEqual(states.data, ['bookmark']);
  await client.createAgentProfile({ agent: actor, profileId: 'prefs', profile: { theme: 'dark' } });
  const profile = await client.getAgentProfile({ agent: actor, profileId: 'prefs' });
  assert.deepEqual(profile.data, { theme: 'dark' });
  await client.deleteState({ agent: actor, activityId: activity, stateId: 'bookmark' });
  await assert.rejects(client.getState({ agent: actor, activityId: activity, stateId: 'bookmark' }));
});
