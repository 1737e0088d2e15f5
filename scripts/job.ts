// `npm run job -- <name> [args]`: runs one job now and prints what it did.
import { createDb } from '../lib/db';
import { jobs, findJob } from '../lib/jobs/registry';
import { runJob } from '../lib/jobs/run-job';

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const job = name ? findJob(name) : undefined;
  if (!job) {
    const list = jobs.map((j) => `  ${j.name.padEnd(14)} ${j.description}`).join('\n');
    console.error(`${name ? `Unknown job "${name}".` : 'Name a job.'} Usage: npm run job -- <name>\n${list}`);
    process.exit(2);
  }
  const db = createDb();
  try {
    const summary = await runJob(db, job, { args, log: (line) => console.log(line) });
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
