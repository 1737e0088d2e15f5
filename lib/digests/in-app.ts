// The bell's alerts: the same weekly changes as the digest, one row per staff member, student,
// change and week (unique), so a re-run adds nothing.
import type { Db } from '@/lib/db';
import { CHANGE_LABELS, type DigestChange, type InstructorDigest } from './instructor-data';

const TITLES: Record<DigestChange, (name: string) => string> = {
  newly_at_risk: (name) => `${name} is newly at risk`,
  improved: (name) => `${name} improved: no longer at risk`,
  still_at_risk: (name) => `${name} is still at risk`,
};

export async function recordNotifications(db: Db, userId: string, week: string, digest: InstructorDigest): Promise<number> {
  let created = 0;
  for (const change of Object.keys(CHANGE_LABELS) as DigestChange[])
    for (const student of digest[change]) {
      try {
        await db.notification.create({
          data: { userId, studentId: student.id, kind: change, week, title: TITLES[change](student.name), body: student.reasons },
        });
        created++;
      } catch (error) {
        if ((error as { code?: string }).code !== 'P2002') throw error;
      }
    }
  return created;
}
