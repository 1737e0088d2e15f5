// Benchmark (reports, asserts nothing): learning-analytics reads on a seeded database, each beside
// a ceiling measured in the same run on the same data.
//   DATABASE_URL=file:/tmp/big.db npx tsx scripts/bench/learning.ts
// Seed first, e.g. `npm run seed -- --events 1000000`. Scores are computed once if none exist.
//  - popular quests (30 days): the grouped JSON query vs a bare COUNT(*) over the same
//    index range (the least any query touching those rows can cost);
//  - the students list: latest score per student (two Prisma queries) vs one hand-written SQL join;
//  - scoring every student (the `risk` job's reads + maths) vs the two heaviest raw aggregates alone.
import { createDb, type Db } from '../../lib/db';
import { parseDatabaseUrl } from '../../lib/database-url';
import { questEventCounts } from '../../lib/learning/quest-event-counts';
import { runRiskScoring, scoreStudents } from '../../lib/risk/compute';
import { latestScores } from '../../lib/risk/latest';
import { rawRows, sql, type Connection } from '../../lib/sql/run';

const RUNS = 5;

async function median(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm caches and the connection
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

function report(label: string, figure: number, ceilingLabel: string, ceiling: number) {
  console.log(
    `${label}: ${figure.toFixed(1)} ms · ceiling (${ceilingLabel}) ${ceiling.toFixed(1)} ms · ratio ${(figure / Math.max(ceiling, 0.01)).toFixed(2)}`,
  );
}

export async function main(): Promise<void> {
  const target = parseDatabaseUrl();
  const db: Db = createDb(target);
  try {
    const events = await db.event.count();
    const site = await db.site.findFirst({ where: { key: 'demo' } });
    const last = await db.event.aggregate({ _max: { timestamp: true } });
    if (!site || !last._max.timestamp) throw new Error('Seed the database first (npm run seed), then run this benchmark.');
    const to = last._max.timestamp;
    const from = new Date(to.getTime() - 30 * 86_400_000);
    console.log(`learning bench on ${target.provider}: ${events.toLocaleString('en-US')} events, site ${site.key}`);

    const on: Connection = { client: db, provider: target.provider };
    const quests = await median(() => questEventCounts(site.id, from, to, on));
    const bare = () =>
      rawRows(
        sql`SELECT COUNT(*) FROM "Event" WHERE "siteId" = ${site.id} AND "type" = 'custom' AND ${sql.range('"timestamp"', from, to)}`,
        on,
      );
    report('popular quests, 30 days', quests, 'bare indexed COUNT(*) of the same rows', await median(bare));

    if ((await db.riskScore.count()) === 0) await runRiskScoring(db, { now: to });
    const students = await db.user.count({ where: { role: 'STUDENT' } });
    const latest = await median(() => latestScores(db, { role: 'STUDENT' }));
    const join = () =>
      rawRows(
        sql`SELECT r."userId", r."score", r."level", r."factors" FROM "RiskScore" r
      JOIN (SELECT "userId", MAX("computedAt") AS m FROM "RiskScore" GROUP BY "userId") l ON l."userId" = r."userId" AND l.m = r."computedAt"`,
        on,
      );
    report(`students list, latest score of ${students} students`, latest, 'one hand-written SQL join', await median(join));

    const scoring = await median(() => scoreStudents(db, to));
    const since = new Date(to.getTime() - 30 * 86_400_000);
    const aggregates = async () => {
      await rawRows(
        sql`SELECT "userId", MAX("lastSeenAt") FROM "Session" WHERE "userId" IS NOT NULL AND "startedAt" < ${to} GROUP BY "userId"`,
        on,
      );
      await rawRows(
        sql`SELECT "userId", COUNT(*) FROM "Event" WHERE "userId" IS NOT NULL AND "type" = 'custom' AND ${sql.range('"timestamp"', since, to)} GROUP BY "userId"`,
        on,
      );
    };
    report(`scoring ${students} students (risk job, no writes)`, scoring, 'two raw aggregates it cannot avoid', await median(aggregates));
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
