// Child process of `npm run bench -- xapi` (its own process, so its peak RSS is the import's
// alone): writes an NDJSON file of N statements to a temp dir, streamed so the writer holds none
// of it, imports it with `npm run import`'s code into a fresh SQLite file, and prints one JSON line.
//   node --conditions=react-server --import tsx scripts/bench/xapi-import-worker.ts N
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrateDatabase } from '../db/migrate';

const HOME = 'https://moodle.bench.test';
const VERBS = [
  'http://adlnet.gov/expapi/verbs/completed',
  'http://id.tincanapi.com/verb/viewed',
  'http://adlnet.gov/expapi/verbs/attempted',
];

function line(i: number): string {
  return JSON.stringify({
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: HOME, name: `bench-${i % 500}` } },
    verb: { id: VERBS[i % VERBS.length] },
    object: {
      id: `${HOME}/mod/page/view.php?id=${i % 20}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { en: `Lesson ${i % 20}` } },
    },
    timestamp: new Date(Date.now() - 60_000 - (i % (25 * 24 * 60)) * 60_000).toISOString(),
  });
}

async function writeFile(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function main() {
  const count = Number(process.argv[2] ?? 1_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'pathwise-bench-import-'));
  try {
    const file = path.join(dir, 'statements.ndjson');
    await writeFile(file, count);
    process.env.DATABASE_URL = `file:${path.join(dir, 'import.db')}`;
    await migrateDatabase(process.env.DATABASE_URL);
    const { db } = await import('../../lib/db');
    const { importFile } = await import('../../lib/xapi/import/run');
    await db.site.create({
      data: { key: 'bench-import', name: 'import bench', domains: [], createdAt: new Date(Date.now() - 60 * 86_400_000) },
    });
    const started = Date.now();
    const cpuStart = process.cpuUsage();
    const result = await importFile({ siteKey: 'bench-import', file, homePage: HOME });
    const seconds = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuUsPerStatement = (cpu.user + cpu.system) / count;
    const stored = await db.xapiStatement.count();
    await db.$disconnect();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ count, stored, events: result.events, seconds, peakRssMb, cpuUsPerStatement }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
