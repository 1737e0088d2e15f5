// Benchmark (reports, asserts nothing about speed): the production server exporting 1,000,000
// events as CSV and as xlsx, with rows/s and the peak RSS of the server's process tree, beside
// ceilings measured in the same run: raw better-sqlite3 reading the same joined rows, and the
// server's idle RSS. Targets: peak RSS < 400 MB, CSV ≥ 50k rows/s,
// xlsx ≥ 20k rows/s. Each downloaded file's row count is checked.
//   npx tsx scripts/bench/export.ts [--events 1000000] [--port 3600] [--formats csv,xlsx]
// The 1M-event SQLite file is built once (a small demo seed, its events copied until there are N)
// and kept in data/bench/ for later runs. Needs a production build; makes one if it is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { pageSql } from '../../lib/export/event-source';
import { DEFAULT_PAGE_SIZE } from '../../lib/export/reader';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../seed/seed-database';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : (process.env[`BENCH_EXPORT_${name.toUpperCase()}`] ?? fallback);
};
const TARGETS = { rssMb: 400, csv: 50_000, xlsx: 20_000 } as Record<string, number>;
const MB = 1024 * 1024;

async function prepareDatabase(events: number): Promise<string> {
  const file = path.join(root, 'data', 'bench', `export-${events}.db`);
  if (existsSync(file)) {
    const sqlite = new Database(file, { readonly: true });
    const count = (sqlite.prepare('SELECT count(*) AS n FROM "Event"').get() as { n: number }).n;
    sqlite.close();
    if (count === events) return file;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  await migrateDatabase(url);
  console.log(`building ${file}: a small demo seed, then its events copied up to ${events.toLocaleString('en-US')}`);
  const db = createDb(parseDatabaseUrl(url));
  await seedDatabase(db, { students: 12, days: 7, seed: 11 });
  await db.$disconnect();
  const sqlite = new Database(file);
  const columns = (sqlite.prepare('PRAGMA table_info("Event")').all() as { name: string }[])
    .map((column) => `"${column.name}"`)
    .filter((name) => name !== '"id"');
  const count = () => (sqlite.prepare('SELECT count(*) AS n FROM "Event"').get() as { n: number }).n;
  // Copies keep every column (sessions, users, text) real; ids and the clickstream order are new.
  for (let have = count(); have < events; have = count()) {
    sqlite
      .prepare(`INSERT INTO "Event" (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM "Event" ORDER BY "id" LIMIT ?`)
      .run(Math.min(have, events - have));
  }
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return file;
}

/** RSS of a process and all its descendants, in bytes (next start runs next-server as a child). */
function treeRss(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const member of tree) {
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

async function startServer(port: number, file: string): Promise<ChildProcess> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('no production build: running `npm run build` first');
    if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
  }
  const base = `http://127.0.0.1:${port}`;
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use; pass --port`);
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${file}`, AUTH_SECRET: 'bench-only-secret', NEXTAUTH_URL: base },
  });
  for (let i = 0; i < 120 && server.exitCode === null; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await sleep(500);
  }
  throw new Error(`the server did not become healthy on port ${port}`);
}

async function signIn(base: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      cookies.set(name!, value.join('='));
    }
  };
  const jar = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar() },
    body: new URLSearchParams({ csrfToken, email: 'admin@pathwise.test', password: 'pathwise-demo', json: 'true' }),
  });
  keep(login);
  if (![...cookies.keys()].some((name) => name.includes('session-token'))) throw new Error(`sign-in failed (${login.status})`);
  return jar();
}

async function countRows(file: string, format: string): Promise<number> {
  if (format === 'csv') {
    let records = -1; // the header
    const parser = (await import('node:fs')).createReadStream(file).pipe(parseCsv({ bom: true }));
    for await (const _record of parser) records += 1;
    return records;
  }
  // xlsx: count <row elements across every sheet, streamed through unzip.
  const unzip = spawn('unzip', ['-p', file, 'xl/worksheets/*.xml'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let rows = 0;
  let carry = '';
  for await (const chunk of unzip.stdout!) {
    const text = carry + (chunk as Buffer).toString('latin1');
    rows += text.split('<row ').length - 1;
    carry = text.slice(-4);
    if (carry.includes('<')) carry = carry.slice(carry.indexOf('<'));
    else carry = '';
  }
  const sheets = Number(
    spawnSync('unzip', ['-l', file])
      .stdout.toString()
      .match(/xl\/worksheets\/sheet\d+\.xml/g)?.length ?? 1,
  );
  return rows - sheets; // one header row per sheet
}

/** `csv` is fetched as a browser would (gzip accepted, so Next compresses it); `csv:identity` without. */
async function timeExport(base: string, cookie: string, label: string, serverPid: number) {
  const [format, encoding] = label.split(':') as [string, string | undefined];
  const out = path.join(os.tmpdir(), `pathwise-bench-export.${format}`);
  let peak = treeRss(serverPid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(serverPid))), 100);
  const started = performance.now();
  const response = await fetch(`${base}/api/export?format=${format}`, {
    headers: { cookie, 'accept-encoding': encoding ?? 'gzip, deflate, br' },
  });
  const wire = response.headers.get('content-encoding') ?? 'identity';
  if (!response.ok || !response.body) throw new Error(`export ${format}: ${response.status} ${await response.text()}`);
  const file = createWriteStream(out);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
    if (!file.write(next.value)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => file.end(() => resolve()));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const expected = Number(response.headers.get('x-export-rows'));
  const rows = await countRows(out, format);
  rmSync(out, { force: true });
  return { format: label, wire, rows, expected, seconds, rowsPerSec: rows / seconds, bytes, peakRss: peak };
}

/** The ceiling: the export's own page query run straight on SQLite in a loop: no writer, no HTTP. */
function rawReadCeiling(file: string): { rows: number; rowsPerSec: number } {
  const sqlite = new Database(file, { readonly: true });
  const siteIds = (sqlite.prepare('SELECT "id" FROM "Site"').all() as { id: string }[]).map((site) => site.id);
  const started = performance.now();
  let rows = 0;
  for (let after = 0; ;) {
    const { text, params } = pageSql('sqlite', { siteIds }, after, DEFAULT_PAGE_SIZE);
    const batch = sqlite
      .prepare(text)
      .raw(true)
      .all(...params) as unknown[][];
    if (batch.length === 0) break;
    rows += batch.length;
    after = batch[batch.length - 1]![0] as number;
  }
  sqlite.close();
  return { rows, rowsPerSec: rows / ((performance.now() - started) / 1000) };
}

export async function main() {
  const events = Number(arg('events', '1000000'));
  const port = Number(arg('port', '3600'));
  const formats = arg('formats', 'csv,csv:identity,xlsx').split(',');
  const file = await prepareDatabase(events);
  const ceiling = rawReadCeiling(file);
  const server = await startServer(port, file);
  const base = `http://127.0.0.1:${port}`;
  try {
    const cookie = await signIn(base);
    await fetch(`${base}/api/export?format=csv&types=video`, { headers: { cookie } }).then((r) => r.arrayBuffer()); // warm the route
    const idle = treeRss(server.pid!);
    console.log(
      `\nexport benchmark: ${events.toLocaleString('en-US')} events, SQLite, production build, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    console.log(
      `ceiling: the export's page query run directly on better-sqlite3 (no writer, no HTTP): ${Math.round(ceiling.rowsPerSec).toLocaleString('en-US')} rows/s; server idle RSS ${(idle / MB).toFixed(0)} MB\n`,
    );
    const results = [];
    for (const format of formats) {
      const result = await timeExport(base, cookie, format, server.pid!);
      results.push(result);
      const target = TARGETS[format.split(':')[0]!];
      console.log(
        `${format.padEnd(12)} ${result.rows.toLocaleString('en-US')} rows (header said ${result.expected.toLocaleString('en-US')}) in ${result.seconds.toFixed(1)} s = ` +
          `${Math.round(result.rowsPerSec).toLocaleString('en-US')} rows/s (target ≥ ${target?.toLocaleString('en-US') ?? '—'}; ${(result.rowsPerSec / ceiling.rowsPerSec).toFixed(2)}× the raw-read ceiling); ` +
          `${(result.bytes / MB).toFixed(0)} MB (sent ${result.wire}); peak RSS ${(result.peakRss / MB).toFixed(0)} MB (target < ${TARGETS.rssMb} MB; idle ${(idle / MB).toFixed(0)} MB, ${(result.peakRss / idle).toFixed(2)}× idle)`,
      );
      if (result.rows !== events) console.log(`  ✖ expected ${events} rows in the file`);
    }
    return { events, ceilingRowsPerSec: ceiling.rowsPerSec, idleRss: idle, results };
  } finally {
    if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
