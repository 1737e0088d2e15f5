import path from 'node:path';
import { createDb } from '../../lib/db';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from '../../lib/database-url';
import { deriveAfterSeed } from '../seed/derive';
import { seedDatabase } from '../seed/index';

/**
 * The demo (whose passwords are published) is seeded only where nobody would mistake it for a real
 * installation: the quick start on the default SQLite file, or when PATHWISE_SEED_DEMO=1 asks for
 * it. PostgreSQL, any other file and PATHWISE_SEED_DEMO=0 start empty, with the setup page.
 */
export function shouldSeedDemo(target: DatabaseTarget, flag = process.env.PATHWISE_SEED_DEMO, cwd = process.cwd()): boolean {
  if (flag === '1') return true;
  if (flag === '0') return false;
  const quickStart = parseDatabaseUrl(DEFAULT_DATABASE_URL, cwd);
  return target.provider === 'sqlite' && quickStart.provider === 'sqlite' && path.resolve(target.file) === quickStart.file;
}

/** A fresh quick start should open onto something to look at; an existing database is never touched. */
export async function seedDemoIfEmpty(target: DatabaseTarget): Promise<void> {
  if (!shouldSeedDemo(target)) return;
  const db = createDb(target);
  try {
    if ((await db.user.count()) > 0) return;
    console.log('▶ seeding demo data into the empty database (PATHWISE_SEED_DEMO=0 skips this; npm run demo -- remove deletes it)');
    const summary = await seedDatabase(db, { progress: process.stderr });
    await deriveAfterSeed(db, { now: new Date(summary.now), log: (line) => console.log(`  ${line}`) });
  } finally {
    await db.$disconnect();
  }
}
