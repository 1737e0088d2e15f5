// Benchmark (reports; asserts only that acknowledged == stored): the LRS's statement rate for
// POST /xapi/statements with batches of 50, in process (the route handler called directly, so
// HTTP and Next.js are not in the figure; `npm run bench -- ingest` measures those), with every
// statement validated, stored, indexed and mapped into learning data. Beside it, the ceiling
// measured in the same run: raw better-sqlite3 inserts of the same statement rows and links in
// one transaction.
// Then the import: a generated NDJSON file of --import statements (1M by default) through
// `npm run import`'s code in a child process, with that process's peak RSS.
//   node --conditions=react-server --import tsx scripts/bench/xapi.ts [--clients 4] [--seconds 15] [--import 1000000]
// (`--import 0` skips the import). Both print the load average and CPU time per statement, the
// figure a shared machine's load does not move.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrateDatabase } from '../db/migrate';
import { storePath } from './xapi-store-path';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const BATCH = 50;
const HOME = 'https://moodle.bench.test';
const VERBS = [
  'http://adlnet.gov/expapi/verbs/completed',
  'http://id.tincanapi.com/verb/viewed',
  'http://adlnet.gov/expapi/verbs/attempted',
];

function statement(i: number, users: number) {
  const course = `${HOME}/course/view.php?id=${i % 2}`;
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: HOME, name: `bench-${i % users}` } },
    verb: { id: VERBS[i % VERBS.length] as string },
    object: {
      id: `${HOME}/mod/page/view.php?id=${i % 10}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { en: `Lesson ${i % 10}` } },
    },
    // Live traffic, dated within the last minute: statements of past days would (rightly) start a
    // risk backfill in this process (lib/risk/backfill-request.ts), which is not the LRS's cost.
    timestamp: new Date(Date.now() - (i % 60) * 1000).toISOString(),
    context: {
      contextActivities: {
        grouping: [
          { id: course, definition: { type: 'http://id.tincanapi.com/activitytype/lms/course', name: { en: `Course ${i % 2}` } } },
        ],
      },
    },
  };
}

function ceiling(file: string, siteId: string, count: number): number {
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    'INSERT INTO "XapiStatement" ("siteId","statementId","json","receivedHash","verb","actor","activity","stored","timestamp") VALUES (?,?,?,?,?,?,?,?,?)',
  );
  const link = sqlite.prepare('INSERT INTO "XapiStatementLink" ("statementPk","siteId","kind","value","direct") VALUES (?,?,?,?,?)');
  const rows = Array.from({ length: count }, (_, i) => statement(i, 200));
  const started = process.hrtime.bigint();
  sqlite.transaction(() => {
    for (const row of rows) {
      const now = new Date().toISOString();
      const { lastInsertRowid } = insert.run(
        siteId,
        row.id,
        JSON.stringify(row),
        'x'.repeat(64),
        row.verb.id,
        `account:${HOME}|${row.actor.account.name}`,
        row.object.id,
        now,
        row.timestamp,
      );
      link.run(lastInsertRowid, siteId, 'agent', row.actor.account.name, 1);
      link.run(lastInsertRowid, siteId, 'activity', row.object.id, 1);
      link.run(lastInsertRowid, siteId, 'activity', row.context.contextActivities.grouping[0]?.id ?? '', 0);
    }
  })();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sqlite.close();
  return count / seconds;
}

export async function main(): Promise<void> {
  const clients = arg('clients', 4);
  const seconds = arg('seconds', 15);
  const file = path.join(tmpdir(), `pathwise-bench-xapi-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  await migrateDatabase(process.env.DATABASE_URL);
  const { db } = await import('../../lib/db');
  const { createLrsCredential } = await import('../../lib/xapi/credentials');
  const { POST } = await import('../../app/xapi/statements/route');
  const site = await db.site.create({
    data: { key: 'bench-xapi', name: 'xAPI bench', domains: ['bench.test'], createdAt: new Date(Date.now() - 30 * 86_400_000) },
  });
  await db.user.createMany({
    data: Array.from({ length: 200 }, (_, i) => ({
      email: `bench-${i}@bench.test`,
      name: `Bench ${i}`,
      role: 'STUDENT' as const,
      externalId: `bench-${i}`,
    })),
  });
  const issued = await createLrsCredential(site.id, { homePage: HOME });
  const auth = `Basic ${Buffer.from(`${issued.key}:${issued.secret}`).toString('base64')}`;
  const post = (body: unknown) =>
    POST(
      new Request('http://bench.test/xapi/statements', {
        method: 'POST',
        headers: { authorization: auth, 'X-Experience-API-Version': '1.0.3', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  await post(Array.from({ length: BATCH }, (_, i) => statement(i, 200))); // warm-up: catalogue, JIT
  let acknowledged = 0;
  let counter = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  // CPU time of this process (every thread: the route, the mapper, the SQLite driver): unlike
  // wall-clock time it does not grow when other processes load the machine.
  const cpuStart = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / 1000;
  };
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const response = await post(Array.from({ length: BATCH }, () => statement(counter++, 200)));
        if (response.status !== 200) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
        const ids = (await response.json()) as string[];
        acknowledged += ids.length;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const cpuAnswered = cpuMs();
  const { mappingIdle } = await import('../../lib/xapi/hooks');
  await mappingIdle();
  const mappedIn = (Date.now() - started) / 1000;
  const cpuMapped = cpuMs();
  const stored = (await db.xapiStatement.count()) - BATCH;
  const events = await db.event.count();
  const storeOnly = await storePathCpu(auth, 100);
  await db.$disconnect();
  if (stored !== acknowledged) throw new Error(`acknowledged ${acknowledged} statements but stored ${stored}`);
  const rate = acknowledged / elapsed;
  const raw = ceiling(file, site.id, 20_000);
  console.log(
    `xAPI POST, batches of ${BATCH}, ${clients} clients, ${elapsed.toFixed(1)} s, SQLite (load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}):`,
  );
  console.log(`  ${rate.toFixed(0)} statements/s acknowledged and stored (${acknowledged} statements)`);
  console.log(
    `  ${(acknowledged / mappedIn).toFixed(0)} statements/s mapped into learning data (${events} events, done ${(mappedIn - elapsed).toFixed(1)} s after the last answer)`,
  );
  console.log(
    `  CPU time: ${((cpuAnswered * 1000) / acknowledged).toFixed(0)} µs per statement until the last answer, ${((cpuMapped * 1000) / acknowledged).toFixed(0)} µs with all mapping done (${(acknowledged / (cpuMapped / 1000)).toFixed(0)} statements per CPU-second)`,
  );
  console.log(
    `  of which the store path alone (authenticate, parse, validate, prepare, store; no mapping), one request after another: ${storeOnly.toFixed(0)} µs per statement (${(1e6 / storeOnly).toFixed(0)} statements per CPU-second)`,
  );
  console.log(`  ceiling: ${raw.toFixed(0)} rows/s raw better-sqlite3 inserts of the same rows and links in one transaction`);
  console.log(`  target ≥ 2,000/s: ${rate >= 2000 ? 'met' : 'NOT met'}; ${((rate / raw) * 100).toFixed(1)} % of the ceiling`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const importCount = arg('import', 1_000_000);
  if (importCount > 0) importRate(importCount, raw);
}

/**
 * CPU time per statement of what a POST does before it answers, without the mapping that follows
 * it: credential check, JSON parse, validation, preparation, the storing transaction.
 */
async function storePathCpu(auth: string, batches: number): Promise<number> {
  const store = await storePath();
  const headers = new Headers({ authorization: auth });
  const bodies = Array.from({ length: batches }, (_, b) =>
    JSON.stringify(Array.from({ length: BATCH }, (_, i) => statement(10_000_000 + b * BATCH + i, 200))),
  );
  const start = process.cpuUsage();
  for (const body of bodies) await store(headers, body);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (batches * BATCH);
}

function importRate(count: number, ceilingRate: number): void {
  const worker = path.join(path.dirname(new URL(import.meta.url).pathname), 'xapi-import-worker.ts');
  const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, String(count)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error(`import worker failed (${run.status}): ${run.stdout.slice(-2000)}`);
  const result = JSON.parse(last) as {
    count: number;
    stored: number;
    events: number;
    seconds: number;
    peakRssMb: number;
    cpuUsPerStatement: number;
  };
  if (result.stored !== result.count) throw new Error(`imported ${result.count} statements but stored ${result.stored}`);
  const rate = result.count / result.seconds;
  console.log(
    `npm run import of a ${result.count.toLocaleString('en')}-statement NDJSON file, SQLite (load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end):`,
  );
  console.log(
    `  ${rate.toFixed(0)} statements/s validated, stored and mapped (${result.events} events, ${result.seconds.toFixed(1)} s), peak RSS ${result.peakRssMb.toFixed(0)} MB, CPU ${result.cpuUsPerStatement.toFixed(0)} µs per statement`,
  );
  console.log(`  ceiling: ${ceilingRate.toFixed(0)} rows/s (raw inserts above); ${((rate / ceilingRate) * 100).toFixed(1)} % of it`);
}

if (process.argv[1]?.endsWith('xapi.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
