// `npm run import -- --site KEY FILE [--home-page IRL]`: imports history (`--outcomes FILE.csv`: known
// outcomes for risk-eval instead, see lib/outcomes/parse-csv.ts). FILE is NDJSON (an xAPI
// statement or a Pathwise server batch per line), a JSON array of statements, or CSV with the
// header actor,verb,activity,activity_name,timestamp[,score][,id]. Every row is checked first:
// any bad row refuses the file (each reported with its line number) and nothing is stored.
// Re-running a file changes nothing; an interrupted run resumes after its last stored chunk
// (FILE.pathwise-import.json). The affected days' rollups are recomputed afterwards, then the
// risk-backfill job rescores every day from the first affected one (a JobRun with its progress,
// shown under Admin → Sites).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, readFlags } from '../lib/cli/flags';
import { db } from '../lib/db';
import { parseDatabaseUrl } from '../lib/database-url';
import { drain } from '../lib/ingest/queue';
import { rollupSite } from '../lib/rollups/rollup-site';
import { floorDay } from '../lib/time/site-day';
import { importFile, ImportRefused } from '../lib/xapi/import/run';
import { importOutcomes, OutcomesRefused } from '../lib/outcomes/import-outcomes';
import { runJob } from '../lib/jobs/run-job';
import { riskBackfillJob } from '../lib/risk/backfill-job';

const USAGE =
  'Usage: npm run import -- --site KEY FILE [--home-page https://lms.example.edu] | npm run import -- --outcomes FILE.csv (header external_user_id,dropped_out,when)';

function progress(done: number, total: number) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`);
  if (done >= total) process.stderr.write('\n');
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values, positionals } = readFlags(
    argv,
    { site: { type: 'string' }, 'home-page': { type: 'string' }, outcomes: { type: 'string' } },
    { positionals: true, usage: USAGE },
  );
  if (values.outcomes !== undefined) {
    if (values.site || positionals.length > 0) throw new ArgsError(`--outcomes takes one file and nothing else. ${USAGE}`);
    return runOutcomesImport(values.outcomes);
  }
  const file = positionals[0];
  if (!values.site || !file || positionals.length !== 1) throw new ArgsError(USAGE);
  try {
    const started = Date.now();
    const result = await importFile({ siteKey: values.site, file, homePage: values['home-page'] ?? null, onProgress: progress });
    await drain();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Imported ${result.rows} row(s) in ${seconds.toFixed(1)} s: ${result.stored} new statement(s) of ${result.statements}, ${result.batches} batch(es), ${result.events} learning event(s)` +
        (result.resumedAfterLine ? `; resumed after line ${result.resumedAfterLine}` : ''),
    );
    const first = result.days[0];
    if (first) {
      const site = await db.site.findUniqueOrThrow({ where: { key: values.site }, select: { id: true, timeZone: true } });
      // The import's first UTC day, widened to the local days of the site's zone that touch it.
      const from = floorDay(site.timeZone, new Date(`${first}T00:00:00Z`));
      const today = floorDay(site.timeZone, new Date());
      const rolled = await rollupSite(db, parseDatabaseUrl().provider, site.id, { from, to: today }, site.timeZone);
      console.log(`Rollups recomputed for ${rolled.days} day(s) from ${first}.`);
      const risk = await runJob(db, riskBackfillJob, {
        args: ['--from', first],
        log: (line) => process.stderr.write(`\r${line}   `),
      });
      process.stderr.write('\n');
      console.log(`Risk score history recomputed for ${String(risk.days)} day(s) from ${first}: ${String(risk.scores)} score(s).`);
    }
  } catch (error) {
    if (error instanceof ImportRefused) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

/** Known outcomes for `npm run job -- risk-eval` (lib/outcomes/import-outcomes.ts): all rows or none. */
async function runOutcomesImport(file: string): Promise<void> {
  try {
    const result = await importOutcomes(db, await readFile(file, 'utf8'), { file: path.basename(file) });
    console.log(
      `Known outcomes: ${result.rows} row(s): ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged. Run \`npm run job -- risk-eval\` to measure the model on them.`,
    );
  } catch (error) {
    if (error instanceof OutcomesRefused) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
