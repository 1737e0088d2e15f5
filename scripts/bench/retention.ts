// Benchmark (reports, asserts nothing about time): the retention job on SQLite. N events spread
// over 900 days (≈10 % kept, ≈71 % anonymised, ≈19 % deleted) go through runRetention with its
// 5,000-row batches while a probe process writes every 5 ms, as ingest would. The ceiling, on an
// identical copy, is two plain statements in one transaction (UPDATE … / DELETE … WHERE timestamp
// < cutoff): the fastest possible, and it holds the write lock for its whole duration.
//   npx tsx scripts/bench/retention.ts [--events 300000]
import { fork, type ChildProcess } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sqliteDate } from '../../lib/sql/dialect';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { retentionCutoffs, runRetention } from '../../lib/privacy/retention';
import { migrateDatabase } from '../db/migrate';

const here = path.dirname(fileURLToPath(import.meta.url));
const DAY = 86_400_000;
const NOW = new Date('2026-11-22T12:00:00.000Z');
const PERIODS = { anonymiseAfterDays: 90, deleteAfterDays: 730 };
type ProbeStats = { writes: number; p99Ms: number; maxMs: number };

function eventCount(): number {
  const index = process.argv.indexOf('--events');
  return index > 0 ? Number(process.argv[index + 1]) : Number(process.env.BENCH_EVENTS ?? 300_000);
}

function populate(file: string, events: number) {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  const iso = (ms: number) => sqliteDate(new Date(ms));
  const at = iso(NOW.getTime());
  sqlite
    .prepare(`INSERT INTO "Site" (id, key, name, domains, createdAt, updatedAt) VALUES ('s', 'bench', 'Bench', '[]', ?, ?)`)
    .run(at, at);
  sqlite.prepare(`INSERT INTO "User" (id, email, name, role, createdAt) VALUES ('u', 'bench@bench.test', 'Bench', 'STUDENT', ?)`).run(at);
  const visitor = sqlite.prepare(`INSERT INTO "Visitor" (id, siteId, anonId, userId, firstSeen, lastSeen) VALUES (?, 's', ?, 'u', ?, ?)`);
  const session = sqlite.prepare(
    `INSERT INTO "Session" (id, siteId, clientId, visitorId, userId, startedAt, lastSeenAt, channel) VALUES (?, 's', ?, ?, 'u', ?, ?, 'Direct')`,
  );
  const event = sqlite.prepare(
    `INSERT INTO "Event" (siteId, sessionId, visitorId, userId, type, path, url, elementText, props, source, trusted, timestamp, receivedAt, userAgent, ip)
     VALUES ('s', ?, ?, 'u', ?, ?, ?, ?, ?, 'BROWSER', 1, ?, ?, 'Mozilla/5.0 Bench', '203.0.113.0')`,
  );
  const perSession = 20;
  sqlite.transaction(() => {
    for (let s = 0; s * perSession < events; s++) {
      // Oldest first, as ids grow with time in a real install.
      const start = NOW.getTime() - 900 * DAY + Math.floor((s * perSession * 900 * DAY) / events);
      visitor.run(`v${s}`, `a${s}`, iso(start), iso(start + 60_000));
      session.run(`x${s}`, `c${s}`, `v${s}`, iso(start), iso(start + 60_000));
      for (let i = 0; i < perSession && s * perSession + i < events; i++) {
        const n = s * perSession + i;
        const mail = n % 100 === 0; // 1 % still carry an address in their text
        event.run(
          `x${s}`,
          `v${s}`,
          i === 0 ? 'pageview' : 'click',
          `/p/${n % 50}`,
          `https://bench.test/p/${n % 50}`,
          mail ? 'mail a@b.org' : 'Continue',
          mail ? '{"to":"a@b.org"}' : '{"n":1}',
          iso(start + i * 1000),
          at,
        );
      }
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

async function startProbe(file: string): Promise<ChildProcess> {
  const probe = fork(path.join(here, 'retention-probe.ts'), [file], { execArgv: ['--import', 'tsx'] });
  await new Promise((resolve) => probe.once('message', resolve));
  return probe;
}

function stopProbe(probe: ChildProcess): Promise<ProbeStats> {
  return new Promise((resolve) => {
    probe.once('message', (stats) => resolve(stats as ProbeStats));
    probe.send('stop');
  });
}

function ceiling(file: string): number {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 60000');
  const { anonymiseBefore, deleteBefore } = retentionCutoffs(NOW, PERIODS);
  const started = performance.now();
  sqlite.transaction(() => {
    sqlite.prepare(`DELETE FROM "Event" WHERE "timestamp" < ?`).run(sqliteDate(deleteBefore));
    sqlite
      .prepare(
        `UPDATE "Event" SET "userId" = NULL, "userAgent" = NULL, "ip" = NULL WHERE "timestamp" < ? AND ("userId" IS NOT NULL OR "userAgent" IS NOT NULL OR "ip" IS NOT NULL)`,
      )
      .run(sqliteDate(anonymiseBefore));
  })();
  const ms = performance.now() - started;
  sqlite.close();
  return ms;
}

export async function main() {
  const events = eventCount();
  const file = '/tmp/pw-bench-retention.db';
  const copy = '/tmp/pw-bench-retention-ceiling.db';
  for (const f of [file, copy]) for (const suffix of ['', '-wal', '-shm']) rmSync(f + suffix, { force: true });
  await migrateDatabase(`file:${file}`);
  populate(file, events);
  copyFileSync(file, copy);
  console.log(`retention bench: ${events.toLocaleString('en-US')} events over 900 days, SQLite`);

  const db = createDb(parseDatabaseUrl(`file:${file}`));
  let probe = await startProbe(file);
  const started = performance.now();
  let summary;
  try {
    summary = await runRetention(db, { now: NOW, periods: PERIODS, provider: 'sqlite', log: (line) => console.log(`  ${line}`) });
  } catch (error) {
    probe.kill();
    throw error;
  }
  const ms = performance.now() - started;
  const during = await stopProbe(probe);
  const second = performance.now();
  const again = await runRetention(db, { now: NOW, periods: PERIODS, provider: 'sqlite' });
  const secondMs = performance.now() - second;
  await db.$disconnect();

  probe = await startProbe(copy);
  const ceilingMs = ceiling(copy);
  const duringCeiling = await stopProbe(probe);

  const touched = summary.eventsDeleted + summary.eventsAnonymised;
  const rate = (rows: number, millis: number) => Math.round(rows / (millis / 1000)).toLocaleString('en-US');
  console.log(
    `  pathwise retention : ${(ms / 1000).toFixed(1)} s for ${touched.toLocaleString('en-US')} rows (${rate(touched, ms)} rows/s; includes rolling up ${summary.daysRolledUp} days first)`,
  );
  console.log(
    `  ceiling (2 statements, 1 transaction): ${(ceilingMs / 1000).toFixed(1)} s (${rate(touched, ceilingMs)} rows/s, no e-mail redaction, no rollups)`,
  );
  console.log(`  ratio pathwise/ceiling time: ${(ms / ceilingMs).toFixed(2)}×`);
  console.log(
    `  a writer beside it waited at most ${during.maxMs.toFixed(0)} ms (p99 ${during.p99Ms.toFixed(1)} ms, ${during.writes} writes) vs ${duringCeiling.maxMs.toFixed(0)} ms beside the ceiling (p99 ${duringCeiling.p99Ms.toFixed(1)} ms, ${duringCeiling.writes} writes)`,
  );
  console.log(
    `  second run: ${(secondMs / 1000).toFixed(1)} s, changed ${again.eventsDeleted + again.eventsAnonymised + again.sessionsDeleted + again.visitorsDeleted} rows`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
