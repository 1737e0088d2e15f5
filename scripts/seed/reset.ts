// The seed only ever fills an empty database: refusing otherwise protects real data from a stray
// `npm run seed`. --reset empties every table first, children before parents.
import type { Db } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';

export const RESET_HINT = 'npm run seed -- --reset';

export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
}

export async function assertEmpty(db: Db): Promise<void> {
  const [users, events, sites] = await Promise.all([db.user.count(), db.event.count(), db.site.count()]);
  if (users + events + sites > 0) {
    throw new DatabaseNotEmptyError(
      `Database is not empty. Run: ${RESET_HINT} (it holds ${users} users, ${events} events and ${sites} sites; --reset deletes every row first).`,
    );
  }
}

/** Deletes every row in foreign-key-safe order and restarts the event id sequence. */
export async function resetDatabase(db: Db, provider: DatabaseProvider): Promise<void> {
  // On Postgres, TRUNCATE empties millions of traffic rows at once where DELETE takes minutes.
  const truncate =
    provider === 'postgres' ? [db.$executeRawUnsafe('TRUNCATE TABLE "Event", "SessionPath", "Session", "Visitor" RESTART IDENTITY')] : [];
  await db.$transaction([
    ...truncate,
    db.exportRun.deleteMany(),
    db.exportDestination.deleteMany(),
    db.event.deleteMany(),
    db.session.deleteMany(),
    db.visitor.deleteMany(),
    db.dailyPageStat.deleteMany(),
    db.dailyChannelStat.deleteMany(),
    db.dailyPageBehaviour.deleteMany(),
    db.dailyClickCell.deleteMany(),
    db.dailyElementClick.deleteMany(),
    db.dailyNamedEvent.deleteMany(),
    db.dailyEventType.deleteMany(),
    db.dailyTech.deleteMany(),
    db.visitorDay.deleteMany(),
    db.riskScore.deleteMany(),
    db.learningOutcome.deleteMany(),
    db.auditLog.deleteMany(),
    db.jobRun.deleteMany(),
    db.setting.deleteMany(),
    db.xpEntry.deleteMany(),
    db.badgeAward.deleteMany(),
    db.enrollment.deleteMany(),
    db.task.deleteMany(),
    db.badge.deleteMany(),
    // Quests point at their course, so they go before the courses.
    db.course.deleteMany({ where: { parentId: { not: null } } }),
    db.course.deleteMany(),
    db.pillar.deleteMany(),
    db.parentChild.deleteMany(),
    db.user.deleteMany(),
    db.site.deleteMany(),
  ]);
  // Same seed, same rows — including the autoincrement event ids.
  if (provider === 'sqlite') await db.$executeRawUnsafe(`DELETE FROM sqlite_sequence WHERE name = 'Event'`);
  else await db.$queryRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Event"', 'id'), 1, false)`);
}

/** Which provider a client talks to: only SQLite has sqlite_version(). */
export async function detectProvider(db: Db): Promise<DatabaseProvider> {
  try {
    await db.$queryRawUnsafe('SELECT sqlite_version()');
    return 'sqlite';
  } catch {
    return 'postgres';
  }
}
