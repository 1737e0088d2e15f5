// `npm run bench` — every benchmark, one after another, each printing its figures beside a
// ceiling measured in the same run. Benchmarks report; they never fail on speed.
//   npm run bench                  all of them
//   npm run bench -- sdk ingest    only the named ones (flags after the names go to each, e.g. --db postgres)
// Each benchmark also runs alone (`npx tsx scripts/bench/<name>.ts`); its flags are in its header.
import { main as sdkSize } from './sdk-size';
import { main as ingest } from './ingest';
import { main as dashboards } from './dashboards';
import { main as learning } from './learning';
import { main as exportBench } from './export';
import { main as retention } from './retention';
import { main as xapi } from './xapi';

const BENCHMARKS: Record<string, () => Promise<unknown>> = {
  sdk: sdkSize,
  ingest,
  dashboards,
  learning,
  export: exportBench,
  retention,
  xapi,
};

async function run() {
  // Names, not flags nor their values (`npm run bench -- ingest --db postgres --seconds 10`).
  const args = process.argv.slice(2);
  const requested = args.filter((name, i) => !name.startsWith('-') && !args[i - 1]?.startsWith('--'));
  const unknown = requested.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Choose from: ${Object.keys(BENCHMARKS).join(', ')}.`);
    process.exit(2);
  }
  const names = requested.length > 0 ? requested : Object.keys(BENCHMARKS);
  for (const name of names) {
    const started = Date.now();
    console.log(`\n=== bench: ${name} ===`);
    await BENCHMARKS[name]!();
    console.log(`=== ${name} took ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  }
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
