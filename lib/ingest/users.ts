// identify() and server events name a platform user by User.externalId; this resolves it to
// User.id. Cached briefly because a signed-in learner's every batch carries the same id.
import { db } from '@/lib/db';

const TTL_MS = 30_000;
const cache = new Map<string, { at: number; userId: string | null }>();

export async function userIdForExternalId(externalId: string | undefined): Promise<string | null> {
  if (!externalId) return null;
  const hit = cache.get(externalId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.userId;
  const user = await db.user.findUnique({ where: { externalId }, select: { id: true } });
  if (cache.size > 50_000) cache.clear();
  cache.set(externalId, { at: Date.now(), userId: user?.id ?? null });
  return user?.id ?? null;
}
