// For the retention integration test: another process writing to the same database in a tight
// loop, as the server does while `npm run job -- retention` runs from the CLI. A separate process
// matters on SQLite, where one process's busy wait would block its own event loop.
import { spawn } from 'node:child_process';
import { parseDatabaseUrl } from '@/lib/database-url';

const SQLITE_WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 10000');
const write = db.prepare('INSERT INTO "Setting" (key, value, updatedAt) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt');
let n = 0;
const tick = () => { write.run(process.argv[2], String(n++), new Date().toISOString()); if (n === 1) process.stdout.write('ready\\n'); setTimeout(tick, 1); };
process.stdin.on('data', () => { db.prepare('DELETE FROM "Setting" WHERE key = ?').run(process.argv[2]); process.stdout.write(String(n) + '\\n', () => process.exit(0)); });
tick();
`;

const PG_WRITER = `
const pg = require('pg');
const client = new pg.Client({ connectionString: process.argv[1] });
let n = 0; let running = true;
process.stdin.on('data', () => { running = false; });
(async () => {
  await client.connect();
  while (running) {
    await client.query('INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "updatedAt" = now()', [process.argv[2], JSON.stringify(n++)]);
    if (n === 1) process.stdout.write('ready\\n');
  }
  await client.query('DELETE FROM "Setting" WHERE key = $1', [process.argv[2]]);
  await client.end();
  process.stdout.write(String(n) + '\\n', () => process.exit(0));
})();
`;

/** Starts the writer; `stop()` ends it, removes its row and resolves with how many writes it made. */
export async function startWriter(key: string): Promise<{ stop: () => Promise<number> }> {
  const target = parseDatabaseUrl();
  const [code, where] = target.provider === 'sqlite' ? [SQLITE_WRITER, target.file] : [PG_WRITER, target.url];
  const child = spawn(process.execPath, ['-e', code, where, key], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  // Resolves once the writer has made its first write, so the job below runs while it writes
  // (a fixed sleep was too short on a loaded machine: the job could finish before the first write).
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith('ready\n')) resolve();
    });
    child.on('exit', () => reject(new Error(`the writer exited before writing: ${output}`)));
  });
  const exited = new Promise<number>((resolve) => child.on('exit', () => resolve(Number(output.split('\n').at(-2)) || 0)));
  await started;
  return {
    stop: () => {
      child.stdin.write('stop\n');
      return exited;
    },
  };
}
