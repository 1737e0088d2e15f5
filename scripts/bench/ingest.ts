// Benchmark (reports; asserts only that acknowledged == stored): the production server's ingest
// rate. Starts our server (scripts/serve.ts: the lean collector) on a fresh SQLite file, runs N
// concurrent clients posting batches of 10 events for D seconds, then compares with the ceilings
// measured in the same run: raw better-sqlite3 inserts of the same rows in one transaction, how
// many no-op requests the same server answers, and how many a bare Node HTTP server answers.
//   npx tsx scripts/bench/ingest.ts [--clients 50] [--seconds 30] [--port 3200]
// Needs a production build (`npm run build`); builds one if .next/BUILD_ID is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { sqliteDate } from '../../lib/sql/dialect';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { migrateDatabase } from '../db/migrate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : Number(process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

async function freshDatabase(file: string): Promise<string> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  await migrateDatabase(url);
  return url;
}

async function startServer(port: number, url: string): Promise<ChildProcess> {
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
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts')], {
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

function batchBody(client: number, seq: number): string {
  const now = Date.now();
  const events = Array.from({ length: 10 }, (_, i) => ({
    type: i === 0 ? 'pageview' : 'click',
    ts: now - (10 - i) * 50,
    url: `https://learn.example.org/quests/${(client * 7 + seq) % 40}`,
    x: 100 + i,
    y: 200 + i,
    el: { id: `b${i}`, tag: 'BUTTON', text: 'Continue quest' },
  }));
  // A new session every 20 batches, so sessions are both created and extended.
  return JSON.stringify({ site: 'bench', anon: `benchanon${client}`, sid: `benchsid${client}x${Math.floor(seq / 20)}`, sent: now, events });
}

type LoadResult = { requests: number; acknowledged: number; errors: number; latencies: number[]; seconds: number };

async function runLoad(port: number, clients: number, seconds: number): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, acknowledged: 0, errors: 0, latencies: [], seconds: 0 };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const headers = { 'content-type': 'text/plain', origin: 'http://localhost:8080', 'user-agent': UA };
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let seq = 0; performance.now() < deadline; seq++) {
        const t0 = performance.now();
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/collect`, { method: 'POST', headers, body: batchBody(client, seq) });
          const body = (await response.json()) as { stored?: number };
          if (response.ok) result.acknowledged += body.stored ?? 0;
          else result.errors++;
        } catch {
          result.errors++;
        }
        result.requests++;
        result.latencies.push(performance.now() - t0);
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** A second reference: how many no-op requests (the CORS preflight) the same server answers. */
async function noopRate(port: number, clients: number, seconds: number): Promise<number> {
  let count = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        await (await fetch(`http://127.0.0.1:${port}/api/collect`, { method: 'OPTIONS' })).arrayBuffer();
        count++;
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** The HTTP ceiling: a bare Node server answering `{}` in its own process, driven by the same clients. */
async function bareNodeRate(port: number, clients: number, seconds: number): Promise<number> {
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
    let count = 0;
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (performance.now() < deadline) {
          await (await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: batchBody(client, count) })).arrayBuffer();
          count++;
        }
      }),
    );
    return count / ((performance.now() - started) / 1000);
  } finally {
    bare.kill();
  }
}

/** The ceiling: the same number of event rows, inserted by better-sqlite3 in one transaction. */
async function rawInsertRate(rows: number): Promise<number> {
  const file = '/tmp/pw-bench-ceiling.db';
  await freshDatabase(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const at = sqliteDate(new Date());
  sqlite.prepare(`INSERT INTO "Site" (id, key, name, domains, createdAt, updatedAt) VALUES ('s', 'ceiling', 'c', '[]', ?, ?)`).run(at, at);
  sqlite.prepare(`INSERT INTO "Visitor" (id, siteId, anonId, firstSeen, lastSeen) VALUES ('v', 's', 'a', ?, ?)`).run(at, at);
  sqlite
    .prepare(`INSERT INTO "Session" (id, siteId, clientId, visitorId, startedAt, lastSeenAt) VALUES ('x', 's', 'c', 'v', ?, ?)`)
    .run(at, at);
  const insert = sqlite.prepare(
    `INSERT INTO "Event" (siteId, sessionId, visitorId, type, category, url, path, elementId, elementTag, elementText, x, y, source, trusted, timestamp, receivedAt, userAgent, ip)
     VALUES ('s', 'x', 'v', ?, 'navigation', ?, ?, ?, 'button', 'Continue quest', ?, ?, 'BROWSER', 1, ?, ?, ?, '127.0.0.0')`,
  );
  const t0 = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(
        i % 10 ? 'click' : 'pageview',
        `https://learn.example.org/quests/${i % 40}`,
        `/quests/${i % 40}`,
        `b${i % 10}`,
        i % 10,
        i % 10,
        at,
        at,
        UA,
      );
  })();
  const rate = rows / ((performance.now() - t0) / 1000);
  sqlite.close();
  return rate;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function main() {
  const clients = arg('clients', 50);
  const seconds = arg('seconds', 30);
  const port = arg('port', 3200);
  const url = await freshDatabase('/tmp/pw-bench.db');
  const db = createDb(parseDatabaseUrl(url));
  await db.site.create({ data: { key: 'bench', name: 'Benchmark', domains: ['localhost'] } });

  const server = await startServer(port, url);
  let load: LoadResult;
  let warmup: LoadResult;
  let noop: number;
  try {
    warmup = await runLoad(port, 5, 2); // warm-up: load routes, fill caches
    noop = await noopRate(port, clients, Math.min(5, seconds));
    load = await runLoad(port, clients, seconds);
  } finally {
    await stopServer(server);
  }
  const stored = await db.event.count();
  await db.$disconnect();
  const acknowledged = warmup.acknowledged + load.acknowledged;
  const ceiling = await rawInsertRate(Math.max(10_000, load.acknowledged));
  const bare = await bareNodeRate(port + 1, clients, Math.min(5, seconds));

  const sorted = [...load.latencies].sort((a, b) => a - b);
  const rate = load.acknowledged / load.seconds;
  console.log(`Ingest: ${clients} clients × batches of 10 events for ${load.seconds.toFixed(1)} s against scripts/serve.ts (SQLite)`);
  console.log(`  committed    ${rate.toFixed(0)} events/s (${(load.requests / load.seconds).toFixed(0)} requests/s)   target ≥ 20000`);
  console.log(
    `  latency      p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   target p99 < 50 ms`,
  );
  console.log(`  errors       ${load.errors}`);
  console.log(
    `  ceiling      ${ceiling.toFixed(0)} events/s raw better-sqlite3 insert, one transaction   ratio ${(rate / ceiling).toFixed(3)}`,
  );
  console.log(
    `  no-op route  ${noop.toFixed(0)} requests/s (OPTIONS /api/collect, same server, same clients)   ingest requests/s ÷ no-op ${(load.requests / load.seconds / noop).toFixed(3)}`,
  );
  console.log(
    `  bare Node    ${bare.toFixed(0)} requests/s (node:http answering {}, same clients)   ingest requests/s ÷ bare ${(load.requests / load.seconds / bare).toFixed(3)}`,
  );
  console.log(
    `  stored       ${stored} events in the database; ${acknowledged} acknowledged (warm-up included)   ${stored === acknowledged ? 'equal' : 'MISMATCH'}`,
  );
  if (stored !== acknowledged) throw new Error(`acknowledged ${acknowledged} events but ${stored} are stored`);
  return {
    rate,
    noopRequestsPerSecond: noop,
    bareNodeRequestsPerSecond: bare,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
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
