// Profiling aid for the LRS store path (not a benchmark): a fresh migrated SQLite database, then
// N POST-sized batches of 50 through what a POST does before it answers (credential check, parse,
// validate, prepare, store), one after another; prints CPU µs per statement. Run it under
// `node --cpu-prof` to see where a request's fixed cost goes:
//   node --conditions=react-server --import tsx scripts/bench/xapi-store-loop.ts [--batches 200]
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { migrateDatabase } from '../db/migrate';
import { storePath } from './xapi-store-path';

const index = process.argv.indexOf('--batches');
const BATCHES = index > 0 ? Number(process.argv[index + 1]) : 200;
const BATCH = 50;
const HOME = 'https://moodle.bench.test';

function statement(i: number) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: HOME, name: `bench-${i % 200}` } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
    object: {
      id: `${HOME}/mod/page/view.php?id=${i % 10}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { en: `Lesson ${i % 10}` } },
    },
    timestamp: new Date(Date.now() - (i % 60) * 1000).toISOString(),
    context: { contextActivities: { grouping: [{ id: `${HOME}/course/view.php?id=${i % 2}` }] } },
  };
}

async function main(): Promise<void> {
  const file = path.join(tmpdir(), `pathwise-xapi-loop-${process.pid}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  await migrateDatabase(process.env.DATABASE_URL);
  const { db } = await import('../../lib/db');
  const { createLrsCredential } = await import('../../lib/xapi/credentials');
  const site = await db.site.create({ data: { key: 'loop', name: 'loop', domains: ['loop.test'] } });
  const issued = await createLrsCredential(site.id, { homePage: HOME });
  const headers = new Headers({ authorization: `Basic ${Buffer.from(`${issued.key}:${issued.secret}`).toString('base64')}` });
  const bodies = Array.from({ length: BATCHES + 10 }, (_, b) =>
    JSON.stringify(Array.from({ length: BATCH }, (_, i) => statement(b * BATCH + i))),
  );
  const store = await storePath();
  const run = (body: string) => store(headers, body);
  for (const body of bodies.slice(0, 10)) await run(body); // warm-up
  const start = process.cpuUsage();
  for (const body of bodies.slice(10)) await run(body);
  const used = process.cpuUsage(start);
  const us = (used.user + used.system) / (BATCHES * BATCH);
  console.log(`store path: ${us.toFixed(0)} µs CPU per statement, ${BATCHES} batches of ${BATCH} (load ${loadavg()[0]?.toFixed(1)})`);
  await db.$disconnect();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
