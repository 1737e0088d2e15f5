// The Statements resource against a real database: authentication, versions, storing as
// received, the MUST rules (400 naming the rule), re-sends (no-op or 409), voiding, filters and
// `more` paging, and concurrent writers of the same id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { GET, POST, PUT } from '@/app/xapi/statements/route';
import { agent, createLrs, dropLrs, statement, VERBS, xapiRequest, type Lrs } from './int-fixtures';
import { revokeLrsCredential } from './credentials';

let lrs: Lrs;
let other: Lrs;
before(async () => {
  lrs = await createLrs();
  other = await createLrs();
});
after(async () => {
  await dropLrs(lrs);
  await dropLrs(other);
  await db.$disconnect();
});

type Result = { statements: Record<string, unknown>[]; more: string };
const post = (body: unknown, target = lrs) => POST(xapiRequest(target, 'statements', { method: 'POST', body }));
const get = (query: string, target = lrs) => GET(xapiRequest(target, `statements?${query}`));
const count = () => db.xapiStatement.count({ where: { siteId: lrs.siteId } });

test('without valid Basic credentials → 401; a revoked credential stops working', async () => {
  assert.equal((await GET(xapiRequest(lrs, 'statements', { auth: null }))).status, 401);
  const wrong = `Basic ${Buffer.from(`${lrs.key}:not-the-secret`).toString('base64')}`;
  const refused = await GET(xapiRequest(lrs, 'statements', { auth: wrong }));
  assert.equal(refused.status, 401);
  assert.match(refused.headers.get('www-authenticate') ?? '', /^Basic/);
  const third = await createLrs();
  assert.equal((await GET(xapiRequest(third, 'statements'))).status, 200);
  await revokeLrsCredential(third.siteId, third.credentialId);
  assert.equal((await GET(xapiRequest(third, 'statements'))).status, 401);
  await dropLrs(third);
});

test('the version header is required and answered; unsupported versions are refused', async () => {
  const missing = await GET(xapiRequest(lrs, 'statements', { version: null }));
  assert.equal(missing.status, 400);
  assert.equal((await GET(xapiRequest(lrs, 'statements', { version: '0.95' }))).status, 400);
  const ok = await GET(xapiRequest(lrs, 'statements', { version: '2.0.0' }));
  assert.equal(ok.headers.get('x-experience-api-version'), '2.0.0');
  assert.ok(ok.headers.get('x-experience-api-consistent-through'));
  assert.equal((await GET(xapiRequest(lrs, 'statements', { version: '1.0.1' }))).headers.get('x-experience-api-version'), '1.0.3');
});

test('a statement is stored as received, with id, stored, authority and version added', async () => {
  const sent = statement();
  const { id: _id, ...withoutId } = sent;
  void _id;
  const response = await post(withoutId);
  assert.equal(response.status, 200);
  const [id] = (await response.json()) as string[];
  const fetched = await get(`statementId=${id}`);
  assert.equal(fetched.status, 200);
  assert.ok(fetched.headers.get('last-modified'));
  const stored = (await fetched.json()) as Record<string, unknown>;
  assert.equal(stored.id, id);
  assert.deepEqual(stored.object, sent.object);
  assert.equal(stored.version, '1.0.0');
  assert.equal(stored.timestamp, stored.stored);
  assert.deepEqual((stored.authority as { account: { name: string } }).account.name, lrs.key);
});

test('PUT with the same id and content is a no-op; other content is a 409 and changes nothing', async () => {
  const sent = statement();
  const put = (body: unknown) => PUT(xapiRequest(lrs, `statements?statementId=${sent.id}`, { method: 'PUT', body }));
  assert.equal((await put(sent)).status, 204);
  const before = await count();
  assert.equal((await put(sent)).status, 204);
  assert.equal(await count(), before);
  const conflict = await put({ ...sent, verb: { id: VERBS.attempted } });
  assert.equal(conflict.status, 409);
  const stored = (await (await get(`statementId=${sent.id}`)).json()) as { verb: { id: string } };
  assert.equal(stored.verb.id, VERBS.completed);
  assert.equal((await PUT(xapiRequest(lrs, 'statements', { method: 'PUT', body: sent }))).status, 400);
  assert.equal((await put({ ...sent, id: randomUUID() })).status, 400);
});

for (const [rule, change, message] of [
  [
    'two identifiers',
    { actor: { mbox: 'mailto:a@b.edu', openid: 'https://id.example.edu/a' } },
    /statement\.actor: must have exactly one identifier/,
  ],
  ['scaled score out of range', { result: { score: { scaled: 1.5 } } }, /statement\.result\.score\.scaled: must be between -1 and 1/],
  ['unknown property', { Actor: agent('x') }, /statement\.Actor: is not a property/],
  ['null value', { result: { success: null } }, /statement\.result\.success: must not be null/],
  ['bad timestamp', { timestamp: '2026-13-01T00:00:00Z' }, /statement\.timestamp/],
  ['bad language tag', { verb: { id: VERBS.completed, display: { 'not a tag': 'x' } } }, /language tags/],
  [
    'revision with a non-activity object',
    { object: agent('bob'), context: { revision: '2' } },
    /only be used when the object is an Activity/,
  ],
  ['voiding without a StatementRef', { verb: { id: VERBS.voided } }, /voiding statement must have a StatementRef/],
] as const) {
  test(`invalid (${rule}) → 400 naming the rule, nothing stored`, async () => {
    const before = await count();
    const response = await post(statement(change as Record<string, unknown>));
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: { message: string } };
    assert.match(body.error.message, message);
    assert.equal(await count(), before);
  });
}

test('a batch with one invalid statement stores none of it; duplicate ids in a batch → 400', async () => {
  const before = await count();
  assert.equal((await post([statement(), statement({ verb: { id: 'not an iri' } })])).status, 400);
  const twice = statement();
  assert.equal((await post([twice, twice])).status, 400);
  assert.equal(await count(), before);
});

test('voiding: the target is only found by voidedStatementId; a voiding statement cannot be voided', async () => {
  const target = statement({ actor: agent('voidee') });
  await post(target);
  const voiding = statement({ actor: agent('voidee'), verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: target.id } });
  assert.equal((await post(voiding)).status, 200);
  assert.equal((await get(`statementId=${target.id}`)).status, 404);
  assert.equal((await get(`voidedStatementId=${target.id}`)).status, 200);
  assert.equal((await get(`voidedStatementId=${voiding.id}`)).status, 404);
  const listed = (await (await get(`agent=${encodeURIComponent(JSON.stringify(agent('voidee')))}`)).json()) as Result;
  assert.deepEqual(
    listed.statements.map((s) => s.id),
    [voiding.id],
  );
  await post(statement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: voiding.id } }));
  assert.equal((await get(`statementId=${voiding.id}`)).status, 200);
});

test('filters and more paging walk every match once, newest first or ascending', async () => {
  const actor = agent(`pager-${randomUUID().slice(0, 8)}`);
  const activity = `https://lms.example.edu/course/${randomUUID()}`;
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const s = statement({ actor, object: { id: `${activity}/lesson/${i}` }, context: { contextActivities: { parent: { id: activity } } } });
    ids.push(s.id);
    await post(s);
  }
  await post(statement({ actor: agent('someone-else'), object: { id: activity } }));
  const filter = `agent=${encodeURIComponent(JSON.stringify(actor))}&limit=2`;
  const seen: string[] = [];
  let page = (await (await get(filter)).json()) as Result;
  for (;;) {
    seen.push(...page.statements.map((s) => String(s.id)));
    if (!page.more) break;
    assert.ok(page.statements.length === 2);
    page = (await (await GET(xapiRequest(lrs, page.more.replace('/xapi/', '')))).json()) as Result;
  }
  assert.deepEqual(seen, [...ids].reverse());
  const ascending = (await (await get(`${filter}&ascending=true`)).json()) as Result;
  assert.deepEqual(
    ascending.statements.map((s) => s.id),
    ids.slice(0, 2),
  );
  const direct = (await (await get(`activity=${encodeURIComponent(activity)}`)).json()) as Result;
  assert.equal(direct.statements.length, 1);
  const related = (await (await get(`activity=${encodeURIComponent(activity)}&related_activities=true`)).json()) as Result;
  assert.equal(related.statements.length, 6);
  const ids2 = (await (await get(`${filter}&format=ids`)).json()) as Result;
  assert.deepEqual(ids2.statements[0]?.actor, { objectType: 'Agent', mbox: actor.mbox });
  assert.equal((await get('agent=not-json')).status, 400);
  assert.equal((await get('unknown=1')).status, 400);
  assert.equal((await get(`statementId=${ids[0]}&agent=x`)).status, 400);
});

test('since and until select by stored time', async () => {
  const first = statement();
  await post(first);
  const stored = new Date(((await (await get(`statementId=${first.id}`)).json()) as { stored: string }).stored);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = statement();
  await post(second);
  const since = (await (await get(`since=${encodeURIComponent(stored.toISOString())}`)).json()) as Result;
  assert.ok(since.statements.some((s) => s.id === second.id));
  assert.ok(!since.statements.some((s) => s.id === first.id));
  const until = (await (await get(`until=${encodeURIComponent(stored.toISOString())}`)).json()) as Result;
  assert.ok(until.statements.some((s) => s.id === first.id));
  assert.ok(!until.statements.some((s) => s.id === second.id));
});

test('concurrent PUTs of one id store it once; sites never see each other', async () => {
  const sent = statement();
  const responses = await Promise.all(
    [1, 2, 3].map(() => PUT(xapiRequest(lrs, `statements?statementId=${sent.id}`, { method: 'PUT', body: sent }))),
  );
  assert.deepEqual(
    responses.map((r) => r.status),
    [204, 204, 204],
  );
  assert.equal(await db.xapiStatement.count({ where: { siteId: lrs.siteId, statementId: sent.id } }), 1);
  assert.equal((await get(`statementId=${sent.id}`, other)).status, 404);
});
