// Runs inside `node --conditions=react-server` (the query modules are server-only, as in the Next
// server): times every page's data load and its hand-written SQL ceiling, prints one JSON line.
import Database from 'better-sqlite3';
import pg from 'pg';
import { siteForSystem } from '../../lib/access';
import { db } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { sqliteDate } from '../../lib/sql/dialect';
import { PAGES, type RawDriver } from './dashboards-loads';

/** ms is wall time; cpuMs the process's CPU time over the same span — on a machine shared with
 * other work, wall time includes waiting for a core, and CPU time is what the load itself costs. */
export type WorkerResult = {
  range: string;
  page: string;
  ms: number;
  cpuMs: number;
  ceilingMs: number;
  ceilingCpuMs: number;
  runs: number;
}[];

const DAY = 86_400_000;
const RANGES: Record<string, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function time(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/** better-sqlite3 on SQLite; on PostgreSQL one pg connection, with `?` numbered and camelCase names quoted. */
async function rawDriver(target: ReturnType<typeof parseDatabaseUrl>): Promise<{ driver: RawDriver; close: () => Promise<void> }> {
  if (target.provider === 'sqlite') {
    const sqlite = new Database(target.file, { readonly: true });
    const driver: RawDriver = {
      all: (text, ...params) => sqlite.prepare(text).all(...params),
      day: (c) => `substr(${c}, 1, 10)`,
      date: sqliteDate,
    };
    return { driver, close: async () => void sqlite.close() };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  const quote = (text: string) => text.replace(/(?<!["'\w])(Session|Event|Visitor|timestamp|[a-z]+[A-Z][A-Za-z]*)(?!["'\w])/g, '"$1"');
  const driver: RawDriver = {
    all: async (text, ...params) => {
      let n = 0;
      return (
        await client.query(
          quote(text).replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    },
    day: (c) => `to_char(${c}, 'YYYY-MM-DD')`,
    date: (d) => d,
  };
  return { driver, close: () => client.end() };
}

async function main() {
  const [rangesArg = '7d,30d,90d', runsArg = '5', cacheMb = '0'] = process.argv.slice(2);
  const runs = Number(runsArg);
  const target = parseDatabaseUrl();
  const { driver, close } = await rawDriver(target);
  // Opt-in experiment (--cache-mb): a larger SQLite page cache on the app's one connection, to show
  // what raising it in lib/db.ts would buy. Off by default, so the figures are the app's as configured.
  if (Number(cacheMb) > 0 && target.provider === 'sqlite') await db.$executeRawUnsafe(`PRAGMA cache_size = -${Number(cacheMb) * 1024}`);
  const site = siteForSystem(
    await db.site.findUniqueOrThrow({ where: { key: 'demo' }, select: { id: true, key: true, name: true, timeZone: true } }),
  );
  const last = await db.event.findFirst({ where: { siteId: site.id }, orderBy: { timestamp: 'desc' }, select: { timestamp: true } });
  // "Now" is the end of the seeded data (the seed's --now), so ranges hold data however old the file is.
  const now = new Date(Math.ceil(((last?.timestamp.getTime() ?? Date.now()) + 1) / 3_600_000) * 3_600_000);
  const results: WorkerResult = [];
  for (const range of rangesArg.split(',')) {
    const span = RANGES[range];
    if (!span) throw new Error(`Unknown range ${range}; use ${Object.keys(RANGES).join(', ')}`);
    const from = new Date(now.getTime() - span);
    for (const page of PAGES) {
      await page.load(site, from, now); // warm-up: JIT, statement caches, page cache
      await page.ceiling(driver, site.id, from, now);
      const loads: { wall: number; cpu: number }[] = [];
      const ceilings: { wall: number; cpu: number }[] = [];
      for (let i = 0; i < runs; i++) {
        loads.push(await time(() => page.load(site, from, now)));
        ceilings.push(await time(() => page.ceiling(driver, site.id, from, now)));
      }
      results.push({
        range,
        page: page.page,
        ms: median(loads.map((t) => t.wall)),
        cpuMs: median(loads.map((t) => t.cpu)),
        ceilingMs: median(ceilings.map((t) => t.wall)),
        ceilingCpuMs: median(ceilings.map((t) => t.cpu)),
        runs,
      });
    }
  }
  await close();
  await db.$disconnect();
  console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
