// `npm run seed -- [--students N] [--days N] [--events N] [--seed N] [--now ISO] [--reset]`
// Fills the database named by DATABASE_URL with the deterministic demo platform.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createDb } from '../../lib/db';
import { parseDatabaseUrl, redactDatabaseUrl } from '../../lib/database-url';
import { ArgsError, USAGE, parseSeedArgs, type SeedArgs } from './args';
import { formatCount } from './progress';
import { DatabaseNotEmptyError } from './reset';
import { deriveAfterSeed } from './derive';
import { seedDatabase, type SeedSummary } from './seed-database';

export { seedDatabase, type SeedOptions, type SeedSummary } from './seed-database';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
export { DatabaseNotEmptyError, RESET_HINT } from './reset';

export function formatSummary(summary: SeedSummary): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const lines = [
    `seeded ${formatCount(summary.events)} events in ${formatCount(summary.sessions)} sessions (${formatCount(summary.visitors)} visitors) in ${seconds} s — ${formatCount(summary.eventsPerSecond)} events/s`,
    `  users ${formatCount(summary.users)} (students ${formatCount(summary.students)}, of whom ${summary.dropouts} drop out; parents ${summary.parents})`,
    `  catalogue: ${summary.courses} courses, ${summary.quests} quests, ${summary.tasks} tasks, ${summary.badges} badges`,
    `  learning: ${formatCount(summary.enrollments)} enrolments, ${formatCount(summary.xpEntries)} XP entries, ${formatCount(summary.badgeAwards)} badge awards`,
    `  seed ${summary.seed}, ${summary.days} days ending ${summary.now}`,
  ];
  // --events only ever adds anonymous traffic; the members' own sessions are not cut back.
  if (summary.targetEvents && summary.events > summary.targetEvents * 1.1) {
    lines.push(
      `  note: the ${summary.students} students alone make more than --events ${formatCount(summary.targetEvents)}; use fewer --students or --days for less`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ArgsError) {
      console.error(`✖ ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const target = parseDatabaseUrl();
  console.error(
    `▶ seeding ${redactDatabaseUrl(target.url)}: ${args.students} students, ${args.days} days${args.events ? `, about ${formatCount(args.events)} events` : ''}, seed ${args.seed}, now ${args.now.toISOString()}${args.reset ? ' (reset first)' : ''}`,
  );
  const db = createDb(target);
  try {
    const summary = await seedDatabase(db, { ...args, provider: target.provider, progress: args.quiet ? null : process.stderr });
    console.log(formatSummary(summary));
    await deriveAfterSeed(db, { now: new Date(summary.now), log: (line) => console.error(`  ${line}`) });
    return 0;
  } catch (error) {
    if (error instanceof DatabaseNotEmptyError) {
      console.error(`✖ ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`✖ seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
