// After the traffic: the learning records it implies (enrolments, XP, badge awards), the known
// outcomes, and each account's last login — all read off the events by the ledger.
import type { Db, Prisma } from '../../lib/db';
import type { Ledger } from './ledger';
import type { OutcomeRow } from './members';

export async function writeLearningRecords(db: Db, ledger: Ledger, outcomes: readonly OutcomeRow[], people: ReadonlyArray<{ id: string }>) {
  const learning = ledger.rows();
  await inChunks(learning.enrollments, (data) => db.enrollment.createMany({ data }));
  await inChunks(learning.xpEntries, (data) => db.xpEntry.createMany({ data }));
  await inChunks(learning.badgeAwards, (data) => db.badgeAward.createMany({ data }));
  await inChunks(outcomes, (data) => db.learningOutcome.createMany({ data }));

  const logins = people.flatMap((person) => {
    const at = ledger.lastLogin(person.id);
    return at ? [{ id: person.id, at }] : [];
  });
  for (let i = 0; i < logins.length; i += 500) {
    await db.$transaction(
      logins
        .slice(i, i + 500)
        .map((login) => db.user.update({ where: { id: login.id }, data: { lastLoginAt: login.at }, select: { id: true } })),
      // 500 updates can outlast the default 5 s on a busy machine (PostgreSQL seeding beside other work).
      { timeout: 60_000 },
    );
  }
  return learning;
}

/** A few thousand rows per createMany, each call its own implicit transaction. */
async function inChunks<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Prisma.PrismaPromise<Prisma.BatchPayload>,
  size = 2000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
