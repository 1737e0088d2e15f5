// A person's mail choices: unsubscribing (the signed one-click link) and opting in or out.
// Plain Node; the route and the settings page call it after their own checks. Audited.
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import { verifyUnsubscribeToken } from './unsubscribe';

/** Unsubscribes whoever the token names; false for a bad token or an unknown person. */
export async function unsubscribeByToken(db: Db, token: string, now = new Date()): Promise<boolean> {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  await db.$transaction(async (tx) => {
    await tx.mailPreference.upsert({
      where: { userId },
      create: { userId, digestOptIn: false, unsubscribedAt: now },
      update: { digestOptIn: false, unsubscribedAt: now },
    });
    await recordAudit(tx, { actorId: userId, action: 'digest.unsubscribe', target: `user:${userId}` });
  });
  return true;
}

/** Opting in again (or out) from the app clears or sets the unsubscribe. */
export async function setDigestOptIn(db: Db, userId: string, optIn: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.mailPreference.upsert({
      where: { userId },
      create: { userId, digestOptIn: optIn, unsubscribedAt: optIn ? null : new Date() },
      update: { digestOptIn: optIn, unsubscribedAt: optIn ? null : new Date() },
    });
    await recordAudit(tx, { actorId: userId, action: 'digest.opt_in', target: `user:${userId}`, details: { optIn } });
  });
}
