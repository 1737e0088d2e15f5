// `npm run test:unit` and `npm run test:integration`. Node 20's test runner takes no globs, so
// files are found here (optionally only those whose path contains one of the arguments). Integration suites run twice: on a fresh SQLite file and on a fresh
// PostgreSQL database, each migrated first and dropped afterwards.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { findTests } from './find-tests';
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from './databases';
import { migrateDatabase } from '../db/migrate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function runNodeTests(files: string[], env: Record<string, string>, label: string): boolean {
  console.log(`\n▶ ${label}: ${files.length} file(s)`);
  // react-server resolves `server-only` to a no-op, as in the Next.js server bundle.
  const args = ['--import', 'tsx', '--conditions=react-server', '--test', '--test-concurrency=1', ...files];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

async function runIntegration(files: string[]): Promise<boolean> {
  let ok = true;
  for (const make of [createSqliteDatabase, createPostgresDatabase]) {
    const database: TestDatabase = await make();
    try {
      await migrateDatabase(database.url);
      ok =
        runNodeTests(
          files,
          { DATABASE_URL: database.url, PATHWISE_TEST_PROVIDER: database.provider },
          `integration on ${database.provider}`,
        ) && ok;
    } finally {
      await database.drop();
    }
  }
  return ok;
}

async function main() {
  const kind = process.argv[2];
  if (kind !== 'unit' && kind !== 'integration') throw new Error('usage: tsx scripts/test/run.ts unit|integration [path-part…]');
  // Optional filters (`npm run test:integration -- privacy/retention`): keep files whose path has one.
  const filters = process.argv.slice(3);
  const files = findTests(root, kind).filter((file) => filters.length === 0 || filters.some((part) => file.includes(part)));
  if (files.length === 0) throw new Error(`no ${kind} test files found${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  const ok = kind === 'unit' ? runNodeTests(files, { NODE_ENV: 'test' }, 'unit') : await runIntegration(files);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
