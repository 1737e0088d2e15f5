// `npm start`: does whatever a fresh clone is missing (client generation, production build,
// migrations, demo data on the quick start, an auth secret, the setup token of an empty instance),
// then serves the production build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseDatabaseUrl, redactDatabaseUrl } from '../lib/database-url';
import { ensureAuthSecret } from './start/auth-secret';
import { buildIsStale } from './start/build-state';
import { migrateDatabase } from './db/migrate';
import { seedDemoIfEmpty } from './start/seed-if-empty';
import { setupNotice } from './start/setup-notice';
import { createDb } from '../lib/db';
import { configuredPublicUrl } from '../lib/http/public-url';
import { startJobs } from '../lib/jobs/start-jobs';
import { serveApp } from '../lib/server/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function step(label: string) {
  console.log(`▶ ${label}`);
}

function npmRun(script: string) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

async function main() {
  const target = parseDatabaseUrl();
  const port = process.env.PORT ?? '3000';
  // Behind an https proxy this must be the https URL: next-auth marks cookies Secure from it.
  const configured = configuredPublicUrl();
  const publicUrl = configured ?? `http://localhost:${port}`;
  const secret = ensureAuthSecret(path.join(root, 'data'));
  if (secret.source === 'created') step('created an auth secret in data/auth-secret (set AUTH_SECRET to use your own)');

  if (!existsSync(path.join(root, 'lib', 'generated', 'sqlite')) || !existsSync(path.join(root, 'lib', 'generated', 'postgres'))) {
    step('generating the Prisma clients');
    npmRun('postinstall');
  }
  if (buildIsStale(root)) {
    step('building for production (about a minute)');
    npmRun('build');
  }
  step(`migrating ${target.provider} database ${redactDatabaseUrl(target.url)}`);
  await migrateDatabase(target.url);
  await seedDemoIfEmpty(target);
  const setupToken = await setupNotice(target, publicUrl);

  // The server runs in this process, beside the scheduled jobs: both read these. next-auth marks
  // cookies Secure from NEXTAUTH_URL; the digests sign unsubscribe links with the secret.
  process.env.AUTH_SECRET = secret.secret;
  process.env.NEXTAUTH_URL = publicUrl;
  if (setupToken) process.env.PATHWISE_SETUP_TOKEN = setupToken;

  // Scheduled jobs (rollups, risk scores, retention…); on PostgreSQL each tick is claimed by exactly
  // one of the replicas.
  startJobs(createDb(target), target);

  step(`serving on port ${port}, public URL ${publicUrl}${configured ? '' : ' (set PATHWISE_URL when a proxy serves another address)'}`);
  // Our own server: it passes the trusted client address on and drains on SIGTERM.
  await serveApp({ dir: root, port: Number(port), hostname: process.env.HOSTNAME?.trim() || '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
