// `npm run import` on real files: bad rows refuse the whole file by line number, re-runs change
// nothing, CSV rows become statements, and an interrupted import resumes after its checkpoint.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { createLrs, dropLrs, statement, type Lrs } from '../int-fixtures';
import { importFile, ImportRefused } from './run';

let lrs: Lrs;
const dir = mkdtempSync(path.join(tmpdir(), 'pathwise-import-'));
before(async () => {
  lrs = await createLrs();
});
after(async () => {
  await db.course.deleteMany({ where: { siteId: lrs.siteId } });
  await dropLrs(lrs);
  rmSync(dir, { recursive: true, force: true });
  await db.$disconnect();
});

const count = () => db.xapiStatement.count({ where: { siteId: lrs.siteId } });
function file(name: string, lines: string[]) {
  const target = path.join(dir, name);
  writeFileSync(target, `${lines.join('\n')}\n`);
  return target;
}
const ndjson = (n: number) => Array.from({ length: n }, () => JSON.stringify(statement({ timestamp: new Date().toISOString() })));

test('a file with bad rows is refused whole, every bad row named by its line', async () => {
  const target = file('bad.ndjson', [...ndjson(2), '{"actor": 1}', 'not json', ...ndjson(1)]);
  await assert.rejects(importFile({ siteKey: lrs.siteKey, file: target }), (error: unknown) => {
    assert.ok(error instanceof ImportRefused);
    assert.equal(error.errors.length, 2);
    assert.match(error.errors[0] ?? '', /^line 3: statement\.verb: is required/);
    assert.match(error.errors[1] ?? '', /^line 4: not valid JSON/);
    return true;
  });
  assert.equal(await count(), 0);
});

test('an NDJSON import stores each statement once, however often it runs', async () => {
  const lines = ndjson(5);
  const { id: _id, ...withoutId } = statement({ timestamp: new Date().toISOString() });
  void _id;
  lines.push(JSON.stringify(withoutId));
  const target = file('good.ndjson', lines);
  const first = await importFile({ siteKey: lrs.siteKey, file: target, chunk: 2 });
  assert.deepEqual([first.rows, first.stored], [6, 6]);
  rmSync(`${target}.pathwise-import.json`);
  const again = await importFile({ siteKey: lrs.siteKey, file: target, chunk: 2 });
  assert.deepEqual([again.statements, again.stored], [6, 0]);
  assert.equal(await count(), 6);
});

test('CSV rows become statements; a bad header or cell names the line', async () => {
  const header = 'actor,verb,activity,activity_name,timestamp,score';
  const now = new Date().toISOString();
  const target = file('rows.csv', [
    header,
    `ada@example.edu,http://adlnet.gov/expapi/verbs/completed,https://lms.example.edu/c/1,"Algebra, part 1",${now},0.5`,
  ]);
  const result = await importFile({ siteKey: lrs.siteKey, file: target });
  assert.equal(result.stored, 1);
  const stored = await db.xapiStatement.findFirstOrThrow({ where: { siteId: lrs.siteId, activity: 'https://lms.example.edu/c/1' } });
  const json = JSON.parse(stored.json) as {
    actor: { mbox: string };
    object: { definition: { name: { en: string } } };
    result: { score: { scaled: number } };
  };
  assert.equal(json.actor.mbox, 'mailto:ada@example.edu');
  assert.equal(json.object.definition.name.en, 'Algebra, part 1');
  assert.equal(json.result.score.scaled, 0.5);
  await assert.rejects(importFile({ siteKey: lrs.siteKey, file: file('h.csv', ['who,verb', 'x,y']) }), /line 1: the header lacks/);
  await assert.rejects(
    importFile({
      siteKey: lrs.siteKey,
      file: file('n.csv', [header, `ada@example.edu,http://adlnet.gov/expapi/verbs/completed,https://lms.example.edu/c/1,x,${now},lots`]),
    }),
    /line 2: score "lots"/,
  );
  // A bare name is an account under the credential's home page.
  await importFile({
    siteKey: lrs.siteKey,
    file: file('s.csv', [header, `bob,http://adlnet.gov/expapi/verbs/completed,https://lms.example.edu/c/2,x,${now},`]),
  });
  const bob = await db.xapiStatement.findFirstOrThrow({ where: { siteId: lrs.siteId, activity: 'https://lms.example.edu/c/2' } });
  assert.deepEqual((JSON.parse(bob.json) as { actor: { account: unknown } }).actor.account, {
    homePage: 'https://lms.example.edu',
    name: 'bob',
  });
});

test('an interrupted import resumes after its checkpoint', async () => {
  const lines = ndjson(4);
  const target = file('resume.ndjson', lines);
  const stat = statSync(target);
  writeFileSync(`${target}.pathwise-import.json`, JSON.stringify({ size: stat.size, mtimeMs: stat.mtimeMs, line: 2 }));
  const before = await count();
  const result = await importFile({ siteKey: lrs.siteKey, file: target });
  assert.deepEqual([result.resumedAfterLine, result.statements, result.stored], [2, 2, 2]);
  assert.equal(await count(), before + 2);
  const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
  assert.equal(await db.xapiStatement.count({ where: { siteId: lrs.siteId, statementId: { in: ids.slice(0, 2) } } }), 0);
});
