// The secret an identity token must be signed with. Read on every batch that carries a token,
// never cached: a rotated secret must retire old tokens at once in every process and bundle
// (the same reason siteBySecret is not cached), and it is one primary-key look-up.
import { db } from '@/lib/db';
import { openSiteSecret } from './secret-seal';

export async function siteIdentitySecret(siteId: string): Promise<string | null> {
  const site = await db.site.findUnique({ where: { id: siteId }, select: { secretSealed: true } });
  return site?.secretSealed ? openSiteSecret(site.secretSealed, siteId) : null;
}
