// The bell's alerts: the same weekly changes as the digest, one row per staff member, student,
// change and week (unique), so a re-run adds nothing.
import type { Db } from '@/lib/db';
import { CHANGE_LABELS, type DigestChange, type InstructorDigest } from './instructor-data';
import { EN_MAIL_TEXT, type MailText } from './mail-text';

/** Stored as text, so in the staff member's language at the time (`text`); the body is the digest's reasons. */
export async function recordNotifications(
  db: Db,
  userId: string,
  week: string,
  digest: InstructorDigest,
  text: MailText = EN_MAIL_TEXT,
): Promise<number> {
  let created = 0;
  for (const change of Object.keys(CHANGE_LABELS) as DigestChange[])
    for (const student of digest[change]) {
      try {
        await db.notification.create({
          data: {
            userId,
            studentId: student.id,
            kind: change,
            week,
            title: text.t(`email.alerts.${change}`, { name: student.name }),
            body: student.reasons,
          },
        });
        created++;
      } catch (error) {
        if ((error as { code?: string }).code !== 'P2002') throw error;
      }
    }
  return created;
}
