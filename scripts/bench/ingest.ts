// Benchmark (reports; asserts only that acknowledged == stored): the production server's ingest
// rate. Starts our server (scripts/serve.ts: the lean collector) on a fresh database, runs N
// concurrent clients posting batches of 10 events for D seconds from a load generator in its own
// process (load-worker.ts), then compares with ceilings measured in the same run: raw inserts of
// the same rows in one transaction, how many no-op requests the same server answers, and how many
// a bare Node HTTP server answers to the same clients. Also prints the server's CPU per event.
//   npm run bench -- ingest [--db sqlite|postgres] [--clients 50] [--seconds 30] [--port 3200]
//                           [--threads 1] [--profile DIR]
// --db postgres: a throwaway database on PATHWISE_TEST_PG_URL (name prefix PATHWISE_TEST_DB_PREFIX),
// dropped after. --threads: load-generator processes. --profile: the server runs with --cpu-prof.
// Needs a production build (`npm run build`); builds one if .next/BUILD_ID is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { migrateDatabase } from '../db/migrate';
import { createPostgresDatabase } from '../test/databases';
import { generateLoad, type LoadResult } from './load';
import { freshDatabase, rawInsertRate, rawPostgresRate } from './ingest-ceiling';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const text = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

async function startServer(port: number, url: string, profile: string): Promise<ChildProcess> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('no production build: running `npx next build` first');
    if (spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('next build failed');
  }
  const health = `http://127.0.0.1:${port}/api/health`;
  if (
    await fetch(health).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use; pass --port`);
  const flags = profile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profile)] : [];
  const server = spawn(process.execPath, [...flags, '--import', 'tsx', path.join(root, 'scripts', 'serve.ts')], {
    cwd: root,
    detached: true, // own process group, so stopping it stops everything it started
    stdio: ['ignore', 'ignore', 'inherit'],
    // One client address for all load: lift the per-network limit for the run.
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: url,
      AUTH_SECRET: 'bench-only',
      PATHWISE_COLLECT_RATE: '1000000',
    },
  });
  for (let i = 0; i < 120 && server.exitCode === null; i++) {
    if (
      await fetch(health).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await sleep(500);
  }
  throw new Error(`the server did not become healthy on port ${port}`);
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || !server.pid) return resolve();
    server.once('exit', () => resolve());
    process.kill(-server.pid, 'SIGTERM'); // SIGTERM: the ingest queue drains first
  });
}

const loadJob = (port: number, clients: number, seconds: number) => ({
  port,
  path: '/api/collect',
  method: 'POST' as const,
  body: 'batch' as const,
  clients,
  seconds,
  headers: { 'content-type': 'text/plain', origin: 'http://localhost:8080', 'user-agent': UA },
});

/** A second reference: how many no-op requests (the CORS preflight) the same server answers. */
async function noopRate(port: number, clients: number, seconds: number, threads: number): Promise<number> {
  const job = { ...loadJob(port, clients, seconds), method: 'OPTIONS' as const, body: 'none' as const, headers: {} };
  const result = await generateLoad(job, threads);
  return result.requests / result.seconds;
}

/** The HTTP ceiling: a bare Node server answering `{}` in its own process, driven by the same clients. */
async function bareNodeRate(port: number, clients: number, seconds: number, threads: number): Promise<number> {
  const code = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('{}')); }).listen(${port}, '127.0.0.1')`;
  const bare = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      );
      if (up) break;
      await sleep(100);
    }
    const result = await generateLoad({ ...loadJob(port, clients, seconds), path: '/' }, threads);
    return result.requests / result.seconds;
  } finally {
    bare.kill();
  }
}

/** User + system CPU seconds a process has used so far (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Database = { provider: 'sqlite' | 'postgres'; url: string; drop: () => Promise<void> };

async function benchDatabase(provider: string): Promise<Database> {
  if (provider === 'sqlite') return { provider, url: await freshDatabase('/tmp/pw-bench.db'), drop: async () => undefined };
  if (provider !== 'postgres') throw new Error(`--db is sqlite or postgres, not "${provider}"`);
  // A throwaway database on the local server (PATHWISE_TEST_PG_URL, PATHWISE_TEST_DB_PREFIX), dropped after.
  const made = await createPostgresDatabase();
  await migrateDatabase(made.url);
  return made;
}

export async function main() {
  const clients = arg('clients', 50);
  const seconds = arg('seconds', 30);
  const port = arg('port', 3200);
  // One load thread keeps a core for the server on a 2-core machine; more for bigger machines.
  const threads = arg('threads', 1);
  const provider = text('db', 'sqlite');
  const profile = text('profile', '');
  const database = await benchDatabase(provider);
  try {
    return await measure(database, { clients, seconds, port, threads, profile });
  } finally {
    await database.drop();
  }
}

type Options = { clients: number; seconds: number; port: number; threads: number; profile: string };

async function measure(database: Database, { clients, seconds, port, threads, profile }: Options) {
  const { url, provider } = database;
  const db = createDb(parseDatabaseUrl(url));
  await db.site.create({ data: { key: 'bench', name: 'Benchmark', domains: ['localhost'] } });

  const server = await startServer(port, url, profile);
  let load: LoadResult;
  let warmup: LoadResult;
  let noop: number;
  let serverCpu: number;
  try {
    warmup = await generateLoad(loadJob(port, 5, 2), 1); // warm-up: load routes, fill caches
    noop = await noopRate(port, clients, Math.min(5, seconds), threads);
    const before = cpuSeconds(server.pid);
    load = await generateLoad(loadJob(port, clients, seconds), threads);
    serverCpu = cpuSeconds(server.pid) - before;
  } finally {
    await stopServer(server);
  }
  const stored = await db.event.count();
  await db.$disconnect();
  const acknowledged = warmup.acknowledged + load.acknowledged;
  const ceiling = provider === 'sqlite' ? await rawInsertRate(Math.max(10_000, load.acknowledged)) : await rawPostgresRate(url, 50_000);
  const bare = await bareNodeRate(port + 1, clients, Math.min(5, seconds), threads);

  const sorted = load.latencies.sort();
  const rate = load.acknowledged / load.seconds;
  const requestRate = load.requests / load.seconds;
  const [p50, p99] = [percentile(sorted, 50), percentile(sorted, 99)];
  const label = provider === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const raw = provider === 'sqlite' ? 'raw better-sqlite3 insert, one transaction' : 'raw pg multi-row insert, one transaction';
  console.log(
    `Ingest: ${clients} clients × batches of 10 events for ${load.seconds.toFixed(1)} s against scripts/serve.ts (${label}), load on ${threads} thread(s)`,
  );
  console.log(`  committed    ${rate.toFixed(0)} events/s (${requestRate.toFixed(0)} requests/s)   target ≥ 20000`);
  console.log(`  latency      p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   target p99 < 50 ms`);
  console.log(`  errors       ${load.errors}`);
  const perEvent = (serverCpu / Math.max(1, load.acknowledged)) * 1e6;
  // CPU time, unlike the rates, barely depends on what else the machine is running.
  console.log(`  server CPU   ${perEvent.toFixed(1)} µs per event (${serverCpu.toFixed(1)} s of CPU over the load)`);
  console.log(`  ceiling      ${ceiling.toFixed(0)} events/s ${raw}   ratio ${(rate / ceiling).toFixed(3)}`);
  console.log(
    `  no-op route  ${noop.toFixed(0)} requests/s (OPTIONS /api/collect, same server, same clients)   ingest requests/s ÷ no-op ${(requestRate / noop).toFixed(3)}`,
  );
  console.log(
    `  bare Node    ${bare.toFixed(0)} requests/s (node:http answering {}, same clients)   ingest requests/s ÷ bare ${(requestRate / bare).toFixed(3)}`,
  );
  console.log(
    `  stored       ${stored} events in the database; ${acknowledged} acknowledged (warm-up included)   ${stored === acknowledged ? 'equal' : 'MISMATCH'}`,
  );
  // The README's performance table takes this line as it is.
  const cpu = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  console.log(
    `  README row   | ${label} | ${rate.toFixed(0)} | ${requestRate.toFixed(0)} | ${p50.toFixed(1)} | ${p99.toFixed(1)} | ${load.errors} | ${perEvent.toFixed(0)} | ${noop.toFixed(0)} | ${bare.toFixed(0)} | ${ceiling.toFixed(0)} | ${stored === acknowledged ? 'yes' : 'NO'} | ${cpu} |`,
  );
  if (stored !== acknowledged) throw new Error(`acknowledged ${acknowledged} events but ${stored} are stored`);
  return {
    provider,
    rate,
    noopRequestsPerSecond: noop,
    bareNodeRequestsPerSecond: bare,
    p50,
    p99,
    errors: load.errors,
    ceiling,
    acknowledged,
    stored,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
