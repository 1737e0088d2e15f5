// Child process for scripts/bench/retention.ts: a stand-in for ingest that writes one row every
// few milliseconds on its own connection and measures how long each write waits for the lock.
// Sends { writes, p99Ms, maxMs } to the parent when told to stop.
import Database from 'better-sqlite3';
import { sqliteDate } from '../../lib/sql/dialect';

const file = process.argv[2];
if (!file || !process.send) throw new Error('usage: forked by scripts/bench/retention.ts with the SQLite file');
const sqlite = new Database(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('busy_timeout = 60000');
const write = sqlite.prepare(
  `INSERT INTO "Setting" (key, value, updatedAt) VALUES ('bench:probe', '0', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt`,
);
const latencies: number[] = [];
let running = true;

// Never outlive the bench, even when it fails.
process.on('disconnect', () => process.exit(0));

process.on('message', (message) => {
  if (message !== 'stop') return;
  running = false;
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
  process.send!({ writes: sorted.length, p99Ms: p99, maxMs: sorted[sorted.length - 1] ?? 0 }, () => process.exit(0));
});

function tick() {
  if (!running) return;
  const started = performance.now();
  write.run(sqliteDate(new Date()));
  latencies.push(performance.now() - started);
  setTimeout(tick, 5);
}
process.send({ ready: true });
tick();
