// Serves the production build through our own server (lib/server/): the lean collector plus Next
// for everything else, with the trusted client address. For the benches and for running replicas
// by hand; `npm start` does the same after its set-up steps. PORT and HOSTNAME as for `next start`.
// `--jobs` also runs the scheduled jobs beside it, as `npm start` does (the cluster suite's replicas).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFlags } from '../lib/cli/flags';
import { parseDatabaseUrl } from '../lib/database-url';
import { createDb } from '../lib/db';
import { startJobs } from '../lib/jobs/start-jobs';
import { serveApp } from '../lib/server/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values } = readFlags(process.argv.slice(2), { jobs: { type: 'boolean' } }, { usage: 'Usage: tsx scripts/serve.ts [--jobs]' });
  if (values.jobs) {
    const target = parseDatabaseUrl();
    startJobs(createDb(target), target);
  }
  await serveApp({ dir: root, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOSTNAME?.trim() || '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
