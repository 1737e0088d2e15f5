// Benchmark (reports, asserts nothing): every dashboard page's data load — all the queries its
// widgets run — at 1,000,000 events (10,000,000 with --10m), on SQLite, PostgreSQL or both,
// against the per-page targets it prints (≤ 150 ms at 1M, ≤ 500 ms at 10M), with the ratio to a
// hand-written SQL aggregate of the page's headline figure measured in the same run (the raw
// driver, no Prisma), and — once both sizes have run on a provider — each cell's 10M/1M ratio.
//
//   npx tsx scripts/bench/dashboards.ts [--db sqlite|postgres|both] [--events 1000000 | --10m] [--ranges 7d,30d,90d]
//                                       [--runs 5] [--fresh] [--file x.db] [--cache-mb 64]
//
// SQLite: the database is made once with the seed script (`npm run seed -- --events N --seed 7`)
// in data/bench/dashboards-N.db and reused; --fresh reseeds. PostgreSQL: a throwaway database on
// the local server (PATHWISE_TEST_PG_URL, named with PATHWISE_TEST_DB_PREFIX), seeded the same
// way and dropped afterwards. The rollups job runs before timing, as it does in production, so
// long ranges read DailyPageStat/DailyChannelStat and flows/funnels read SessionPath. Each run's
// figures are kept in data/bench/dashboards-<provider>-<1m|10m>.json for the growth ratio.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDb } from '../../lib/db';
import { runJob } from '../../lib/jobs/run-job';
import { rollupsJob } from '../../lib/rollups/job';
import { migrateDatabase } from '../db/migrate';
import { createPostgresDatabase, type TestDatabase } from '../test/databases';
import type { WorkerResult } from './dashboards-worker';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? (process.argv[index + 1] as string) : fallback;
}

function eventCount(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare('SELECT COUNT(*) AS n FROM "Event"').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

function seed(url: string, events: number) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed/index.ts', '--events', String(events), '--seed', '7', '--quiet'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } },
  );
  if (run.status !== 0) throw new Error('seeding failed');
}

async function prepare(events: number, fresh: boolean): Promise<string> {
  const file = path.join(root, 'data', 'bench', `dashboards-${events}.db`);
  // The seed aims at "about" N events; anything within 10% is the file we made last time.
  if (!fresh && existsSync(file) && Math.abs(eventCount(file) - events) <= events * 0.1) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  await migrateDatabase(url);
  console.log(
    `▶ seeding ${events.toLocaleString('en-US')} events into ${path.relative(root, file)} with the seed script (once; reused by later runs)`,
  );
  const started = Date.now();
  seed(url, events);
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

type Provider = 'sqlite' | 'postgres';

/** A throwaway PostgreSQL database on the local server, seeded like the SQLite file; dropped by the caller. */
async function preparePostgres(events: number): Promise<TestDatabase> {
  const database = await createPostgresDatabase();
  try {
    await migrateDatabase(database.url);
    console.log(`▶ seeding ${events.toLocaleString('en-US')} events into a throwaway PostgreSQL database (dropped afterwards)`);
    const started = Date.now();
    seed(database.url, events);
    console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return database;
  } catch (error) {
    // A failed seed must not leave the throwaway database behind.
    await database.drop();
    throw error;
  }
}

async function measure(provider: Provider, url: string, file: string | null, ranges: string, runs: string): Promise<WorkerResult> {
  const client = file ? createDb({ provider: 'sqlite', url, file }) : createDb({ provider: 'postgres', url });
  const rollupStarted = Date.now();
  const summary = await runJob(client, rollupsJob, { args: ['--full'], log: () => {} });
  await client.$disconnect();
  console.log(
    `▶ rollups job (--full) on ${provider}: ${summary.pageRows} page rows, ${summary.channelRows} channel rows, ${summary.sessionPaths} session paths in ${Date.now() - rollupStarted} ms`,
  );
  const worker = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/dashboards-worker.ts', ranges, runs, flag('cache-mb', '0')],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (worker.status !== 0) throw new Error(`benchmark worker failed:\n${worker.stderr}`);
  return JSON.parse(worker.stdout.trim().split('\n').pop() ?? '[]') as WorkerResult;
}

/** Last results per provider and size, so a 10M run can print its ratio to the 1M one (and back). */
function resultsFile(provider: Provider, events: number) {
  return path.join(root, 'data', 'bench', `dashboards-${provider}-${events >= 5_000_000 ? '10m' : '1m'}.json`);
}

function printTable(provider: Provider, actual: number, runs: string, results: WorkerResult, other: WorkerResult | null, bigger: boolean) {
  const targetMs = actual > 5_000_000 ? 500 : 150;
  const cache = Number(flag('cache-mb', '0'));
  console.log(
    `\nDashboards on ${provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${actual.toLocaleString('en-US')} events, median of ${runs} runs (target ≤ ${targetMs} ms per page)${cache ? `, SQLite page cache ${cache} MB` : ''}`,
  );
  // On PostgreSQL the work happens in the server's process, so only wall time counts there.
  const sqlite = provider === 'sqlite';
  if (sqlite)
    console.log('(wall = elapsed; cpu = CPU time of the load itself, which is what wall time would be on an otherwise idle machine)');
  else console.log("(wall = elapsed, including the PostgreSQL server's work; cpu = this process only, shown for reference)");
  const head = ['range', 'page', 'wall ms', 'cpu ms', 'target', 'ok', 'SQL wall', 'SQL cpu', 'ratio', ...(other ? ['10M/1M'] : [])];
  const widths = [6, 10, 9, 8, 7, 4, 9, 8, 8, 8];
  const row = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join(' ');
  console.log(row(head));
  // The verdict and the ratio use the smaller of wall and CPU time on SQLite, so a busy
  // neighbour's load does not decide them; wall time on PostgreSQL.
  const cost = (r: WorkerResult[number]) => (sqlite ? Math.min(r.ms, r.cpuMs) : r.ms);
  for (const r of results) {
    const ms = cost(r);
    const ceiling = Math.max(sqlite ? Math.min(r.ceilingMs, r.ceilingCpuMs) : r.ceilingMs, 0.01);
    const twin = other?.find((o) => o.range === r.range && o.page === r.page);
    const growth = twin ? (bigger ? ms / Math.max(cost(twin), 0.01) : cost(twin) / Math.max(ms, 0.01)) : null;
    console.log(
      row([
        r.range,
        r.page,
        r.ms.toFixed(1),
        r.cpuMs.toFixed(1),
        String(targetMs),
        ms <= targetMs ? 'yes' : 'NO',
        r.ceilingMs.toFixed(1),
        r.ceilingCpuMs.toFixed(1),
        `${(ms / ceiling).toFixed(2)}×`,
        ...(other ? [growth === null ? '—' : `${growth.toFixed(1)}×`] : []),
      ]),
    );
  }
  const worst = results.reduce<WorkerResult[number] | null>((a, b) => (a === null || cost(b) > cost(a) ? b : a), null);
  if (worst) console.log(`\nslowest: ${worst.page} over ${worst.range} at ${cost(worst).toFixed(1)} ms (target ${targetMs} ms)`);
}

async function runOn(provider: Provider, events: number, ranges: string, runs: string): Promise<void> {
  let database: TestDatabase | null = null;
  try {
    let url: string;
    let file: string | null = null;
    if (provider === 'postgres') {
      database = await preparePostgres(events);
      url = database.url;
    } else {
      // --file times an existing seeded SQLite file instead (e.g. a development database).
      file = process.argv.includes('--file') ? path.resolve(flag('file', '')) : await prepare(events, process.argv.includes('--fresh'));
      url = `file:${file}`;
      // A file seeded by an older checkout gets this one's migrations.
      await migrateDatabase(url);
    }
    process.env.DATABASE_URL = url;
    const actual = await countEvents(provider, url, file);
    const results = await measure(provider, url, file, ranges, runs);
    const bigger = actual >= 5_000_000;
    const own = resultsFile(provider, actual);
    mkdirSync(path.dirname(own), { recursive: true });
    writeFileSync(own, JSON.stringify(results));
    const twinFile = resultsFile(provider, bigger ? 1_000_000 : 10_000_000);
    const other = existsSync(twinFile) ? (JSON.parse(readFileSync(twinFile, 'utf8')) as WorkerResult) : null;
    printTable(provider, actual, runs, results, other, bigger);
  } finally {
    if (database) await database.drop();
  }
}

async function countEvents(provider: Provider, url: string, file: string | null): Promise<number> {
  if (provider === 'sqlite' && file) return eventCount(file);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT COUNT(*) AS n FROM "Event"')).rows[0].n);
  } finally {
    await client.end();
  }
}

export async function main(): Promise<void> {
  const events = process.argv.includes('--10m') ? 10_000_000 : Number(flag('events', '1000000'));
  const ranges = flag('ranges', '7d,30d,90d');
  const runs = flag('runs', '5');
  const db = flag('db', 'sqlite');
  if (!['sqlite', 'postgres', 'both'].includes(db)) throw new Error('--db takes sqlite, postgres or both');
  for (const provider of ['sqlite', 'postgres'] as const) if (db === provider || db === 'both') await runOn(provider, events, ranges, runs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
