// Benchmark (reports, asserts nothing): every dashboard page's data load — all the queries its
// widgets run — on SQLite at 1,000,000 events (10,000,000 with --events 10000000), against the
// per-page ceilings it prints (≤ 300 ms at 1M, ≤ 1 s at 10M), with the ratio to a hand-written SQL
// aggregate of the page's headline figure measured in the same run (raw better-sqlite3, no Prisma).
//
//   npx tsx scripts/bench/dashboards.ts [--events 1000000 | --10m] [--ranges 7d,30d,90d] [--runs 5] [--fresh] [--file x.db] [--cache-mb 64]
//
// The database is made once with the seed script (`npm run seed -- --events N --seed 7`) in
// data/bench/dashboards-N.db and reused; --fresh reseeds. The rollups job runs before timing, as
// it does in production, so long ranges read DailyPageStat/DailyChannelStat.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createDb } from '../../lib/db';
import { runJob } from '../../lib/jobs/run-job';
import { rollupsJob } from '../../lib/rollups/job';
import { migrateDatabase } from '../db/migrate';
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
  const seed = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed/index.ts', '--events', String(events), '--seed', '7', '--quiet'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url },
    },
  );
  if (seed.status !== 0) throw new Error('seeding failed');
  console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

export async function main(): Promise<void> {
  const events = process.argv.includes('--10m') ? 10_000_000 : Number(flag('events', '1000000'));
  const ranges = flag('ranges', '7d,30d,90d');
  const runs = flag('runs', '5');
  // --file times an existing seeded SQLite file instead (e.g. a development database).
  const file = process.argv.includes('--file') ? path.resolve(flag('file', '')) : await prepare(events, process.argv.includes('--fresh'));
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  const actual = eventCount(file);

  const client = createDb({ provider: 'sqlite', url, file });
  const rollupStarted = Date.now();
  const summary = await runJob(client, rollupsJob, { args: ['--full'], log: () => {} });
  await client.$disconnect();
  console.log(
    `▶ rollups job (--full): ${summary.pageRows} page rows, ${summary.channelRows} channel rows in ${Date.now() - rollupStarted} ms`,
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
  const results = JSON.parse(worker.stdout.trim().split('\n').pop() ?? '[]') as WorkerResult;

  const targetMs = actual > 5_000_000 ? 1000 : 300;
  const cache = Number(flag('cache-mb', '0'));
  console.log(
    `\nDashboards on SQLite, ${actual.toLocaleString('en-US')} events, median of ${runs} runs (target ≤ ${targetMs} ms per page)${cache ? `, SQLite page cache ${cache} MB` : ''}`,
  );
  console.log('(wall = elapsed; cpu = CPU time of the load itself, which is what wall time would be on an otherwise idle machine)');
  const head = ['range', 'page', 'wall ms', 'cpu ms', 'target', 'ok', 'SQL wall', 'SQL cpu', 'ratio'];
  const widths = [6, 10, 9, 8, 7, 4, 9, 8, 8];
  const row = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join(' ');
  console.log(row(head));
  for (const r of results) {
    // The verdict and the ratio use the smaller of wall and CPU time for both sides, so a busy
    // neighbour's load does not decide them.
    const ms = Math.min(r.ms, r.cpuMs);
    const ceiling = Math.max(Math.min(r.ceilingMs, r.ceilingCpuMs), 0.01);
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
      ]),
    );
  }
  const cost = (r: WorkerResult[number]) => Math.min(r.ms, r.cpuMs);
  const worst = results.reduce<WorkerResult[number] | null>((a, b) => (a === null || cost(b) > cost(a) ? b : a), null);
  if (worst) console.log(`\nslowest: ${worst.page} over ${worst.range} at ${cost(worst).toFixed(1)} ms (target ${targetMs} ms)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
