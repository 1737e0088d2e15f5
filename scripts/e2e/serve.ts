// Playwright's webServer: the production build on a freshly migrated and seeded SQLite file,
// so every e2e run starts from the same known data.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseDatabaseUrl } from '../../lib/database-url';
import { createDb } from '../../lib/db';
import { buildIsStale } from '../start/build-state';
import { migrateDatabase } from '../db/migrate';
import { deriveAfterSeed } from '../seed/derive';
import { seedDatabase } from '../seed/index';
import { serveApp } from '../../lib/server/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT ?? '3123';
const dir = path.join(root, 'data', 'e2e');
const url = `file:${path.join(dir, 'pathwise-e2e.db')}`;

async function main() {
  if (buildIsStale(root)) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  rmSync(dir, { recursive: true, force: true });
  await migrateDatabase(url);
  const db = createDb(parseDatabaseUrl(url));
  const summary = await seedDatabase(db, { students: 60, days: 30, seed: 7 });
  await deriveAfterSeed(db, { now: new Date(summary.now) });
  await db.$disconnect();

  Object.assign(process.env, {
    DATABASE_URL: url,
    AUTH_SECRET: 'e2e-only-secret-not-for-production',
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  });
  await serveApp({ dir: root, port: Number(port), hostname: '127.0.0.1' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
