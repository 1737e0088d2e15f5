import { createDb } from '../../lib/db';
import type { DatabaseTarget } from '../../lib/database-url';
import { deriveAfterSeed } from '../seed/derive';
import { seedDatabase } from '../seed/index';

/** A fresh install should open onto something to look at; an existing database is never touched. */
export async function seedDemoIfEmpty(target: DatabaseTarget): Promise<void> {
  if (process.env.PATHWISE_SEED_DEMO === '0') return;
  const db = createDb(target);
  try {
    if ((await db.user.count()) > 0) return;
    console.log('▶ seeding demo data into the empty database (PATHWISE_SEED_DEMO=0 skips this)');
    const summary = await seedDatabase(db, { progress: process.stderr });
    await deriveAfterSeed(db, { now: new Date(summary.now), log: (line) => console.log(`  ${line}`) });
  } finally {
    await db.$disconnect();
  }
}
